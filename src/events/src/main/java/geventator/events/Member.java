package geventator.events;

import geventator.events.api.MemberRole;
import geventator.events.api.MemberSummary;

/** A member of an event, with the user's names as they were when the member was added. */
record Member(String userId, String username, String displayName, MemberRole role) {

    Member withRole(MemberRole newRole) {
        return new Member(userId, username, displayName, newRole);
    }

    MemberSummary summary() {
        return new MemberSummary(userId, username, displayName, role);
    }
}
