package geventator.events;

import geventator.events.ActivityBodies.ActivityChange;
import geventator.events.ActivityBodies.ActivityView;
import geventator.events.ActivityBodies.ConflictView;
import geventator.events.ActivityBodies.NewActivity;
import geventator.events.ActivityBodies.RoomView;
import geventator.platform.Caller;
import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import geventator.platform.http.Versions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The HTTP API of an event's timetable and its conflicts. */
final class ActivityRoutes {

    private final Scheduling scheduling;

    ActivityRoutes(Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/events/{eventId}/activities", this::list);
        routes.post("/events/{eventId}/activities", this::add);
        routes.get("/events/{eventId}/activities/{activityId}", this::get);
        routes.patch("/events/{eventId}/activities/{activityId}", this::update);
        routes.delete("/events/{eventId}/activities/{activityId}", this::delete);
        routes.get("/events/{eventId}/conflicts", this::conflicts);
        routes.get("/events/{eventId}/rooms", this::rooms);
    }

    private void list(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var activities = scheduling.list(
                Requests.id(ctx, "eventId"),
                caller,
                day(ctx),
                ctx.queryParam("location"),
                ctx.queryParam("member"),
                ids(ctx));
        ctx.json(PageBodies.page(ctx, activities, ActivityRoutes::key).stream()
                .map(ActivityView::of)
                .toList());
    }

    private void add(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var eventId = Requests.id(ctx, "eventId");
        NewActivity body = Requests.body(ctx, NewActivity.class);
        Activity added = scheduling.add(eventId, caller, body.details(), acceptOverlap(ctx, body.acceptOverlap()));
        ctx.status(HttpStatus.CREATED).header("Location", "/events/" + eventId + "/activities/" + added.id());
        render(ctx, added);
    }

    private void get(Context ctx) {
        render(ctx, scheduling.get(Requests.id(ctx, "eventId"), Requests.id(ctx, "activityId"), Requests.caller(ctx)));
    }

    private void update(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var eventId = Requests.id(ctx, "eventId");
        var activityId = Requests.id(ctx, "activityId");
        ActivityChange body = Requests.body(ctx, ActivityChange.class);
        long expected = Versions.expected(ctx, body.version());
        render(
                ctx,
                scheduling.update(
                        eventId,
                        activityId,
                        caller,
                        body::applyTo,
                        acceptOverlap(ctx, body.acceptOverlap()),
                        expected));
    }

    private void delete(Context ctx) {
        scheduling.delete(Requests.id(ctx, "eventId"), Requests.id(ctx, "activityId"), Requests.caller(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void conflicts(Context ctx) {
        var conflicts = scheduling.conflicts(Requests.id(ctx, "eventId"), Requests.caller(ctx));
        ctx.json(PageBodies.page(ctx, conflicts, c -> key(c.first()) + key(c.second())).stream()
                .map(c -> new ConflictView(ActivityView.of(c.first()), ActivityView.of(c.second()), c.reason()))
                .toList());
    }

    private void rooms(Context ctx) {
        ctx.json(scheduling.rooms(Requests.id(ctx, "eventId"), Requests.caller(ctx)).stream()
                .map(room -> new RoomView(room.name()))
                .toList());
    }

    /** The timetable's order: start, then end, then id. */
    private static String key(Activity activity) {
        return PageBodies.moment(activity.details().start())
                + PageBodies.moment(activity.details().end())
                + activity.id();
    }

    private static void render(Context ctx, Activity activity) {
        Versions.tag(ctx, activity.version());
        ctx.json(ActivityView.of(activity));
    }

    private static LocalDate day(Context ctx) {
        return Requests.date(ctx, "day");
    }

    /** {@code ?id=…&id=…}: only these activities (as many as fit in a request line); null without any. */
    private static Set<String> ids(Context ctx) {
        List<String> given = ctx.queryParams("id");
        if (given.isEmpty()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        given.forEach(id -> ids.add(Requests.id("id", id)));
        return ids;
    }

    private static boolean acceptOverlap(Context ctx, Boolean inBody) {
        String query = ctx.queryParam("acceptOverlap");
        if (query != null && !query.equals("true") && !query.equals("false")) {
            throw Problem.invalid("acceptOverlap", "must be true or false");
        }
        return Boolean.TRUE.equals(inBody) || "true".equals(query);
    }
}
