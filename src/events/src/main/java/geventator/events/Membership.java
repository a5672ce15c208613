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

    /** 409 {@code event-closed} while the event is closed or archived. */
    Membership requireOpen() {
        if (event.closed()) {
            throw Refusal.conflict(
                    "event-closed",
                    "the event is " + event.status().name().toLowerCase(Locale.ROOT)
                            + "; an owner can reopen it with a reason");
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
