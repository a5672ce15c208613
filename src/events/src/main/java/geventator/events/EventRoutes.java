package geventator.events;

import geventator.events.EventBodies.EventChange;
import geventator.events.EventBodies.EventView;
import geventator.events.EventBodies.NewEvent;
import geventator.platform.Caller;
import geventator.platform.http.Requests;
import geventator.platform.http.Versions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The HTTP API of events themselves, and the access endpoint behind the remote event directory. */
final class EventRoutes {

    private final Organizing organizing;

    EventRoutes(Organizing organizing) {
        this.organizing = organizing;
    }

    void addTo(RoutesConfig routes) {
        routes.post("/events", this::create);
        routes.get("/events", this::mine);
        routes.get("/events/{eventId}", this::get);
        routes.patch("/events/{eventId}", this::update);
        routes.delete("/events/{eventId}", this::delete);
        routes.post("/events/{eventId}/archive", this::archive);
        routes.post("/events/{eventId}/close", this::close);
        routes.get("/events/{eventId}/access", this::access);
    }

    private void create(Context ctx) {
        Caller caller = Requests.caller(ctx);
        Event event = organizing.create(Requests.body(ctx, NewEvent.class).details(), caller);
        render(
                ctx.status(HttpStatus.CREATED).header("Location", "/events/" + event.id()),
                new Membership(event, event.roleOf(caller.userId()).orElseThrow()));
    }

    private void mine(Context ctx) {
        var page = PageBodies.page(
                ctx,
                organizing.mine(Requests.caller(ctx)),
                m -> PageBodies.moment(m.event().details().start()) + m.event().id());
        ctx.json(page.stream().map(EventView::of).toList());
    }

    private void get(Context ctx) {
        render(ctx, organizing.open(Requests.id(ctx, "eventId"), Requests.caller(ctx)));
    }

    private void update(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var eventId = Requests.id(ctx, "eventId");
        EventChange change = Requests.body(ctx, EventChange.class);
        long expected = Versions.expected(ctx, change.version());
        render(
                ctx,
                organizing.update(eventId, caller, change::applyTo, change.status(), change.reopenReason(), expected));
    }

    private void delete(Context ctx) {
        organizing.delete(Requests.id(ctx, "eventId"), Requests.caller(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void archive(Context ctx) {
        render(ctx, organizing.archive(Requests.id(ctx, "eventId"), Requests.caller(ctx)));
    }

    private void close(Context ctx) {
        render(ctx, organizing.close(Requests.id(ctx, "eventId"), Requests.caller(ctx)));
    }

    private void access(Context ctx) {
        Membership membership = organizing.open(Requests.id(ctx, "eventId"), Requests.caller(ctx));
        ctx.json(membership.event().accessOf(membership.role()));
    }

    private static void render(Context ctx, Membership membership) {
        Versions.tag(ctx, membership.event().version());
        ctx.json(EventView.of(membership));
    }
}
