package geventator.events.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An event as another module needs it, seen by one member. {@code currency} is an ISO 4217 code;
 * {@code accounts} are the event's own accounts, the first of them its default.
 */
public record EventAccess(
        String eventId,
        String name,
        MemberRole role,
        String currency,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        EventStatus status,
        List<AccountSummary> accounts) {

    public EventAccess {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }
}
