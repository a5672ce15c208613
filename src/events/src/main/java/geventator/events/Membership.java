package geventator.events;

import geventator.events.api.MemberRole;
import geventator.platform.http.Problem;

/** An event as one member sees it, with what that member may do. */
record Membership(Event event, MemberRole role) {

    Membership requireEdit() {
        if (!role.canEdit()) {
            throw Problem.forbidden("a " + role.name().toLowerCase() + " may only read this event");
        }
        return this;
    }

    Membership requireManage() {
        if (!role.canManage()) {
            throw Problem.forbidden("only an owner may do this");
        }
        return this;
    }
}
