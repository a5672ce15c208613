package geventator.events.api;

import java.time.OffsetDateTime;

/** One activity of an event's timetable, as another module needs it. */
public record ActivitySummary(
        String id, String eventId, String title, OffsetDateTime start, OffsetDateTime end, String location) {}
