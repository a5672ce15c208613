package geventator.transactions.ledger;

import geventator.platform.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the ledger needs to know of an event, always on behalf of the caller. Kept to the ledger's own terms
 * so that the event role's API is translated in one place ({@link DirectoryGate}).
 */
public interface EventGate {

    /** Empty when the event does not exist or the caller is not a member: both answer 404. */
    Optional<EventView> event(EventId eventId, Caller caller);

    /**
     * The titles of those of {@code activityIds} that are activities of the event, by id, asked in one
     * question; an id the event has no activity for is left out.
     */
    Map<String, String> activityTitles(EventId eventId, Set<String> activityIds, Caller caller);

    default boolean hasActivity(EventId eventId, String activityId, Caller caller) {
        return activityTitles(eventId, Set.of(activityId), caller).containsKey(activityId);
    }

    /** Every member, former members included. */
    List<Person> members(EventId eventId, Caller caller);

    /** Closes the event, and so its books, on an owner's behalf; answers the event as it is now. */
    EventView close(EventId eventId, Caller caller);

    /**
     * {@code closed}: the event is closed or archived, and so are its books. {@code canBudget}: the caller owns
     * the event. {@code accounts}: the event's own, the first its default.
     */
    record EventView(
            EventId eventId,
            boolean canRecord,
            boolean canBudget,
            String currency,
            Instant start,
            Instant end,
            String timeZone,
            boolean closed,
            List<Account> accounts) {

        public EventView {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }

        public Optional<Account> account(String accountId) {
            return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
        }

        public String accountName(String accountId) {
            return account(accountId).map(Account::name).orElse(accountId);
        }

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

    /** One of the event's own accounts (its kitty). */
    record Account(String id, String name) {}

    /**
     * A member or a former one. {@code organizes}: an owner or organizer (who shares a loss when nobody has a
     * share); {@code share} weighs what the accounts cannot cover, {@code stake} the close-out's profit or loss.
     */
    record Person(
            MemberId userId,
            String displayName,
            boolean organizes,
            BigDecimal share,
            BigDecimal stake,
            boolean former) {}
}
