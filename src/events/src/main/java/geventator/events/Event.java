package geventator.events;

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
        List<Reopening> reopenings) {

    Event {
        members = List.copyOf(members);
        reopenings = List.copyOf(reopenings);
    }

    /** Closed or archived: its timetable and its books take no changes until an owner reopens it. */
    boolean closed() {
        return isClosed(status);
    }

    static boolean isClosed(EventStatus status) {
        return status == EventStatus.CLOSED || status == EventStatus.ARCHIVED;
    }

    Optional<MemberRole> roleOf(String userId) {
        return memberOf(userId).map(Member::role);
    }

    Optional<Member> memberOf(String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
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
                status);
    }

    boolean covers(OffsetDateTime start, OffsetDateTime end) {
        return !start.isBefore(details.start()) && !end.isAfter(details.end());
    }
}
