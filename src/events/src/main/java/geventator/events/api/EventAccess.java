package geventator.events.api;

import java.time.OffsetDateTime;

/** An event as another module needs it, seen by one member. {@code currency} is an ISO 4217 code. */
public record EventAccess(
        String eventId,
        String name,
        MemberRole role,
        String currency,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        EventStatus status) {}
