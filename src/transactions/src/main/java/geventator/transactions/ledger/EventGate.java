package geventator.transactions.ledger;

import geventator.platform.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

        /** Whether the moment falls on one of the event's days, as the calendar reads where it happens. */
        boolean isDuring(Instant moment) {
            LocalDate day = day(moment);
            return (start == null || !day.isBefore(day(start))) && (end == null || !day.isAfter(day(end)));
        }

        ZoneId zone() {
            return ZoneId.of(timeZone);
        }

        private LocalDate day(Instant moment) {
            return moment.atZone(zone()).toLocalDate();
        }
    }

    /** A member; those who organize share the event's costs in a settle-up. */
    record Person(MemberId userId, String displayName, boolean sharesCosts) {}
}
