package geventator.events;

import geventator.events.api.MemberRole;
import geventator.platform.Refusal;
import java.util.Locale;

/** An event as one member sees it, with what that member may do. */
record Membership(Event event, MemberRole role) {

    Membership requireEdit() {
        if (!role.canEdit()) {
            throw Refusal.forbidden("a " + role.name().toLowerCase(Locale.ROOT) + " may only read this event");
        }
        return this;
    }

    Membership requireManage() {
        if (!role.canManage()) {
            throw Refusal.forbidden("only an owner may do this");
        }
        return this;
    }
}
