package geventator.events;

import geventator.events.api.EventStatus;
import geventator.events.api.MemberRole;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON bodies of events and members in the event role's HTTP API. */
final class EventBodies {

    private EventBodies() {}

    record NewEvent(
            String name,
            String description,
            String location,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String currency) {
        EventDetails details() {
            return new EventDetails(
                    name,
                    description,
                    location,
                    start,
                    end,
                    timeZone,
                    currency == null ? EventChecks.DEFAULT_CURRENCY : currency);
        }
    }

    /** A partial update: an absent field keeps its value. */
    record EventChange(
            String name,
            String description,
            String location,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String currency,
            EventStatus status,
            String reopenReason,
            Long version) {
        EventDetails applyTo(Event event) {
            EventDetails d = event.details();
            return new EventDetails(
                    or(name, d.name()),
                    or(description, d.description()),
                    or(location, d.location()),
                    or(start, d.start()),
                    or(end, d.end()),
                    or(timeZone, d.timeZone()),
                    or(currency, d.currency()));
        }

        private static <T> T or(T value, T current) {
            return value == null ? current : value;
        }
    }

    record EventView(
            String id,
            String name,
            String description,
            String location,
            OffsetDateTime start,
            OffsetDateTime end,
            String timeZone,
            String currency,
            EventStatus status,
            MemberRole role,
            long version,
            List<Reopening> reopenings) {
        static EventView of(Membership membership) {
            Event e = membership.event();
            EventDetails d = e.details();
            return new EventView(
                    e.id(),
                    d.name(),
                    d.description(),
                    d.location(),
                    d.start(),
                    d.end(),
                    d.timeZone(),
                    d.currency(),
                    e.status(),
                    membership.role(),
                    e.version(),
                    e.reopenings());
        }
    }

    /** Adds a user by {@code username} or by {@code userId}, as a viewer unless a role is given. */
    record NewMember(String username, String userId, MemberRole role) {
        MemberRole roleOrViewer() {
            return role == null ? MemberRole.VIEWER : role;
        }
    }

    record RoleChange(MemberRole role) {}
}
