package geventator.events;

import geventator.events.ActivityBodies.ActivityView;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.Refusal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The use cases of an event's timetable. */
final class Scheduling {

    private final Organizing organizing;
    private final Activities activities;

    Scheduling(Organizing organizing, Activities activities) {
        this.organizing = organizing;
        this.activities = activities;
    }

    Activity add(String eventId, Caller caller, ActivityDetails details, boolean acceptOverlap) {
        Event event =
                organizing.open(eventId, caller).requireEdit().requireOpen().event();
        Activity activity = new Activity(Ids.newId(), eventId, ActivityChecks.checked(details, event), 1);
        refuseOverlaps(activity, acceptOverlap);
        activities.add(activity);
        if (!acceptOverlap) {
            backOutOfARace(activity, null);
        }
        return activity;
    }

    Activity get(String eventId, String activityId, Caller caller) {
        organizing.open(eventId, caller);
        return existing(eventId, activityId);
    }

    /**
     * In chronological order; {@code day} is a date in the event's time zone, {@code ids} (lower case) the
     * only activities wanted; a null one does not filter.
     */
    List<Activity> list(String eventId, Caller caller, LocalDate day, String location, String member, Set<String> ids) {
        Event event = organizing.open(eventId, caller).event();
        ZoneId zone = ZoneId.of(event.details().timeZone());
        var filter = new Activities.Filter(
                day == null ? null : day.atStartOfDay(zone).toInstant(),
                day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant(),
                location,
                member,
                ids);
        return activities.of(eventId, filter);
    }

    Activity update(
            String eventId,
            String activityId,
            Caller caller,
            UnaryOperator<ActivityDetails> change,
            boolean acceptOverlap,
            long expectedVersion) {
        Event event =
                organizing.open(eventId, caller).requireEdit().requireOpen().event();
        Activity current = existing(eventId, activityId);
        Staleness.require(current.version(), expectedVersion);
        Activity updated = new Activity(
                activityId,
                eventId,
                ActivityChecks.checked(change.apply(current.details()), event),
                expectedVersion + 1);
        refuseOverlaps(updated, acceptOverlap);
        if (!activities.replace(updated, expectedVersion)) {
            throw Staleness.stale(expectedVersion);
        }
        if (!acceptOverlap) {
            backOutOfARace(updated, current);
        }
        return updated;
    }

    void delete(String eventId, String activityId, Caller caller) {
        organizing.open(eventId, caller).requireEdit().requireOpen();
        if (!activities.remove(eventId, activityId)) {
            throw Refusal.notFound("no activity " + activityId + " in this event");
        }
    }

    List<Room> rooms(String eventId, Caller caller) {
        organizing.open(eventId, caller);
        return activities.rooms(eventId);
    }

    List<Conflict> conflicts(String eventId, Caller caller) {
        organizing.open(eventId, caller);
        return Conflict.in(activities.of(eventId, Activities.Filter.ALL));
    }

    private void refuseOverlaps(Activity activity, boolean acceptOverlap) {
        if (acceptOverlap) {
            return;
        }
        List<Activity> overlapping = activities.overlapping(activity);
        if (!overlapping.isEmpty()) {
            throw conflictWith(overlapping);
        }
    }

    private static Refusal conflictWith(List<Activity> overlapping) {
        return Refusal.conflict(
                        "timetable-conflict",
                        overlapping.size() + " activities already use this location "
                                + "or a responsible member at that time; send acceptOverlap=true to keep both")
                .with("conflicts", overlapping.stream().map(ActivityView::of).toList());
    }

    /**
     * Without transactions, two requests can each pass the check before either is stored. Looking again once
     * stored closes that gap: of two racing activities at least one sees the other and withdraws, so two
     * unaccepted overlaps never both stay (at worst both withdraw and are asked to try again). A withdrawn
     * move puts back what it replaced, unless someone has changed the activity since.
     */
    private void backOutOfARace(Activity stored, Activity replaced) {
        List<Activity> overlapping = activities.overlapping(stored);
        if (!overlapping.isEmpty()) {
            if (replaced == null) {
                activities.remove(stored.eventId(), stored.id());
            } else {
                activities.replace(replaced, stored.version());
            }
            throw conflictWith(overlapping);
        }
    }

    private Activity existing(String eventId, String activityId) {
        return activities
                .byId(eventId, activityId)
                .orElseThrow(() -> Refusal.notFound("no activity " + activityId + " in this event"));
    }
}
