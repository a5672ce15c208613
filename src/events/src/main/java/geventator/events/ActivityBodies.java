package geventator.events;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON bodies of the timetable in the event role's HTTP API. */
final class ActivityBodies {

    private ActivityBodies() {}

    record NewActivity(
            String title,
            String description,
            OffsetDateTime start,
            OffsetDateTime end,
            String location,
            List<String> responsible,
            List<String> tags,
            Boolean acceptOverlap) {
        ActivityDetails details() {
            return new ActivityDetails(
                    title,
                    description,
                    start,
                    end,
                    location,
                    responsible == null ? List.of() : responsible,
                    tags == null ? List.of() : tags);
        }
    }

    /** A partial update: an absent field keeps its value. */
    record ActivityChange(
            String title,
            String description,
            OffsetDateTime start,
            OffsetDateTime end,
            String location,
            List<String> responsible,
            List<String> tags,
            Boolean acceptOverlap,
            Long version) {
        ActivityDetails applyTo(ActivityDetails d) {
            return new ActivityDetails(
                    or(title, d.title()),
                    or(description, d.description()),
                    or(start, d.start()),
                    or(end, d.end()),
                    or(location, d.location()),
                    or(responsible, d.responsible()),
                    or(tags, d.tags()));
        }

        private static <T> T or(T value, T current) {
            return value == null ? current : value;
        }
    }

    record ActivityView(
            String id,
            String eventId,
            String title,
            String description,
            OffsetDateTime start,
            OffsetDateTime end,
            String location,
            List<String> responsible,
            List<String> tags,
            long version) {
        static ActivityView of(Activity activity) {
            ActivityDetails d = activity.details();
            return new ActivityView(
                    activity.id(),
                    activity.eventId(),
                    d.title(),
                    d.description(),
                    d.start(),
                    d.end(),
                    d.location(),
                    d.responsible(),
                    d.tags(),
                    activity.version());
        }
    }

    /** A room of the event, as the first activity held there spells it. */
    record RoomView(String name) {}

    /** Two activities that share time and a location or a responsible member. */
    record ConflictView(ActivityView first, ActivityView second, String reason) {}
}
