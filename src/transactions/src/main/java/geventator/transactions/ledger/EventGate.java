package geventator.transactions.ledger;

import geventator.platform.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the ledger needs to know of an event, always on behalf of the caller. Kept to the ledger's own terms
 * so that the event role's API is translated in one place ({@link DirectoryGate}).
 */
public interface EventGate {

    /** Empty when the event does not exist or the caller is not a member: both answer 404. */
    Optional<EventView> event(EventId eventId, Caller caller);

    boolean hasActivity(EventId eventId, String activityId, Caller caller);

    List<Person> members(EventId eventId, Caller caller);

    /** {@code closed}: the event is closed or archived, and so are its books. */
    record EventView(
            EventId eventId,
            boolean canRecord,
            boolean canBudget,
            String currency,
            Instant start,
            Instant end,
            String timeZone,
            boolean closed) {

        boolean isDuring(Instant moment) {
            return (start == null || !moment.isBefore(start)) && (end == null || !moment.isAfter(end));
        }
    }

    /** A member; those who organize share the event's costs in a settle-up. */
    record Person(MemberId userId, String displayName, boolean sharesCosts) {}
}
