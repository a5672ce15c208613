package geventator.events;

import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import java.util.ArrayList;
import java.util.List;

/** The rules an activity follows: its own fields (400), then how it fits its event (422). */
final class ActivityChecks {

    private static final int MAX_TITLE = 200;
    private static final int MAX_TEXT = 5000;
    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG = 50;

    private ActivityChecks() {}

    static ActivityDetails checked(ActivityDetails details, Event event) {
        List<Field> errors = new ArrayList<>();
        EventChecks.text("title", details.title(), true, MAX_TITLE, errors);
        EventChecks.text("description", details.description(), false, MAX_TEXT, errors);
        EventChecks.text("location", details.location(), false, MAX_TITLE, errors);
        EventChecks.times(details.start(), details.end(), errors);
        if (details.start() != null && details.end() != null && !details.end().isAfter(details.start())) {
            errors.add(new Field("end", "must be after start"));
        }
        if (details.tags().size() > MAX_TAGS
                || details.tags().stream().anyMatch(t -> t == null || t.isBlank() || t.length() > MAX_TAG)) {
            errors.add(new Field("tags", "at most " + MAX_TAGS + " tags of 1 to " + MAX_TAG + " characters"));
        }
        if (details.responsible().stream().anyMatch(r -> r == null)) {
            errors.add(new Field("responsible", "must list user ids of members"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        fits(details, event);
        return new ActivityDetails(
                details.title().strip(),
                EventChecks.strip(details.description()),
                details.start(),
                details.end(),
                EventChecks.strip(details.location()),
                details.responsible().stream().distinct().toList(),
                details.tags().stream().map(String::strip).toList());
    }

    private static void fits(ActivityDetails details, Event event) {
        if (!event.covers(details.start(), details.end())) {
            throw Refusal.unprocessable(
                    "outside-event",
                    "the activity must take place between the event's start "
                            + event.details().start() + " and end "
                            + event.details().end(),
                    List.of(new Field(
                            details.start().isBefore(event.details().start()) ? "start" : "end",
                            "is outside the event's dates")));
        }
        List<Field> strangers = details.responsible().stream()
                .filter(r -> event.memberOf(r).isEmpty())
                .map(r -> new Field("responsible", r + " is not a member of the event"))
                .toList();
        if (!strangers.isEmpty()) {
            throw Refusal.unprocessable("not-a-member", "only members can be responsible for an activity", strangers);
        }
    }
}
