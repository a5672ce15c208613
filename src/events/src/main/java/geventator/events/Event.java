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
 */
record Event(
        String id, EventDetails details, EventStatus status, List<Member> members, long version, long membersVersion) {

    Event {
        members = List.copyOf(members);
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
