package geventator.events;

import java.time.OffsetDateTime;

/** What organizers write about an event; checked by {@link EventChecks} before it is kept. */
record EventDetails(
        String name,
        String description,
        String location,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String currency) {}
