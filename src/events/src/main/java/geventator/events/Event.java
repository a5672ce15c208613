package geventator.events;

import geventator.events.api.AccountSummary;
import geventator.events.api.EventAccess;
import geventator.events.api.EventStatus;
import geventator.events.api.MemberRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An event with its members. {@code version} counts changes of the event's own fields, {@code membersVersion}
 * changes of its members, so that adding a member does not make an organizer's edit of the name stale.
 * {@code reopenings} says who reopened it after it was closed, when and why.
 */
record Event(
        String id,
        EventDetails details,
        EventStatus status,
        List<Member> members,
        long version,
        long membersVersion,
        List<Reopening> reopenings,
        List<AccountSummary> accounts) {

    /** The name of the account every new event starts with. */
    static final String DEFAULT_ACCOUNT = "Kitty";

    Event {
        members = List.copyOf(members);
        reopenings = List.copyOf(reopenings);
        accounts = List.copyOf(accounts);
    }

    /** The account of an event stored before events had accounts: it has the event's id. */
    static AccountSummary defaultAccount(String eventId) {
        return new AccountSummary(eventId, DEFAULT_ACCOUNT);
    }

    Event withDetails(EventDetails newDetails) {
        return new Event(id, newDetails, status, members, version, membersVersion, reopenings, accounts);
    }

    /** Closed or archived: its timetable and its books take no changes until an owner reopens it. */
    boolean closed() {
        return isClosed(status);
    }

    static boolean isClosed(EventStatus status) {
        return status == EventStatus.CLOSED || status == EventStatus.ARCHIVED;
    }

    /** The role of a current member; empty for anyone else, former members included. */
    Optional<MemberRole> roleOf(String userId) {
        return memberOf(userId).filter(Member::isCurrent).map(Member::role);
    }

    /** A member, current or former. */
    Optional<Member> memberOf(String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    List<Member> currentMembers() {
        return members.stream().filter(Member::isCurrent).toList();
    }

    Optional<AccountSummary> account(String accountId) {
        return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
    }

    EventAccess accessOf(MemberRole role) {
        return new EventAccess(
                id,
                details.name(),
                role,
                details.currency(),
                details.start(),
                details.end(),
                details.timeZone(),
                status,
                accounts);
    }

    boolean covers(OffsetDateTime start, OffsetDateTime end) {
        return !start.isBefore(details.start()) && !end.isAfter(details.end());
    }
}
