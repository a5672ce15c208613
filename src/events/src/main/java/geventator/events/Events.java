package geventator.events;

import geventator.events.api.AccountSummary;
import geventator.events.api.EventStatus;
import java.util.List;
import java.util.Optional;

/** Where events are kept, each with its members in the same document. */
interface Events {

    void add(Event event);

    Optional<Event> byId(String id);

    /** The events {@code userId} is a member of, soonest first. */
    List<Event> withMember(String userId);

    /**
     * Replaces the event's own fields if it is still at {@code expectedVersion}, adding {@code reopening} (may
     * be null) to its reopenings in the same update; false when it is not at that version.
     */
    boolean replaceDetails(
            String id, long expectedVersion, EventDetails details, EventStatus status, Reopening reopening);

    /**
     * Replaces the members if they are still at {@code current.membersVersion()} and every owner that
     * {@code members} keeps is still an owner, in one update: false otherwise. Two owners demoting each other
     * at once therefore cannot both succeed.
     */
    boolean replaceMembers(Event current, List<Member> members);

    /** Replaces the event's accounts if they are still {@code current.accounts()}; false otherwise. */
    boolean replaceAccounts(Event current, List<AccountSummary> accounts);

    boolean remove(String id);

    /** The hash of the secret calendar-link key, when the owner created one. */
    Optional<String> calendarKeyHash(String id);

    /** Sets the hash of the secret calendar-link key, or removes it when {@code hash} is null. */
    boolean replaceCalendarKeyHash(String id, String hash);
}
