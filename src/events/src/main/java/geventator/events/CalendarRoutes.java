package geventator.events;

import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * The calendar feed, with a token or through a secret link. The key travels in the query, never the path,
 * because request paths are logged.
 */
final class CalendarRoutes {

    private static final String ICS = ".ics";
    private final CalendarLinks links;

    CalendarRoutes(CalendarLinks links) {
        this.links = links;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/events/{eventId}/calendar.ics", this::feed);
        routes.post("/events/{eventId}/calendar-link", this::createLink);
        routes.delete("/events/{eventId}/calendar-link", this::revokeLink);
        routes.get("/calendar/{file}", this::feedByKey);
    }

    private void feed(Context ctx) {
        render(ctx, links.feedFor(Requests.id(ctx, "eventId"), Requests.caller(ctx)));
    }

    private void feedByKey(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(ICS)) {
            throw Problem.notFound("calendars are at /calendar/<eventId>.ics");
        }
        String eventId = Requests.id("eventId", file.substring(0, file.length() - ICS.length()));
        render(ctx, links.feedByKey(eventId, ctx.queryParam("key")));
    }

    private void createLink(Context ctx) {
        var eventId = Requests.id(ctx, "eventId");
        String key = links.create(eventId, Requests.caller(ctx));
        ctx.status(HttpStatus.CREATED)
                .header("Cache-Control", "no-store")
                .json(Map.of("url", "/calendar/" + eventId + ICS + "?key=" + key));
    }

    private void revokeLink(Context ctx) {
        links.revoke(Requests.id(ctx, "eventId"), Requests.caller(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void render(Context ctx, String calendar) {
        ctx.header("Cache-Control", "no-store")
                .contentType(CalendarFeed.CONTENT_TYPE)
                .result(calendar);
    }
}
