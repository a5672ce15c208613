package geventator.events;

import geventator.events.EventBodies.MemberChange;
import geventator.events.EventBodies.NewMember;
import geventator.platform.Caller;
import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/** The HTTP API of an event's members. */
final class MemberRoutes {

    private final Organizing organizing;

    MemberRoutes(Organizing organizing) {
        this.organizing = organizing;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/events/{eventId}/members", this::list);
        routes.post("/events/{eventId}/members", this::add);
        routes.delete("/events/{eventId}/members/me", this::leave);
        routes.patch("/events/{eventId}/members/{userId}", this::change);
        routes.delete("/events/{eventId}/members/{userId}", this::remove);
    }

    private void list(Context ctx) {
        Membership membership = organizing.open(Requests.id(ctx, "eventId"), Requests.caller(ctx));
        boolean former = "true".equals(ctx.queryParam("former"));
        List<Member> members =
                former ? membership.event().members() : membership.event().currentMembers();
        var page = PageBodies.page(ctx, members, m -> String.format("%06d", members.indexOf(m)));
        ctx.json(page.stream().map(Member::summary).toList());
    }

    private void add(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var eventId = Requests.id(ctx, "eventId");
        NewMember body = Requests.body(ctx, NewMember.class);
        Member added = organizing.addMember(eventId, caller, body.username(), body.userId(), body.roleOrViewer());
        ctx.status(HttpStatus.CREATED).json(added.summary());
    }

    /**
     * JSON Merge Patch of a member: {@code role}, {@code share}, {@code stake} (decimal strings such as "1" or
     * "0.5"); {@code "stake": null} makes the stake follow the share again.
     */
    private void change(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var eventId = Requests.id(ctx, "eventId");
        MemberChange body = Requests.body(ctx, MemberChange.class);
        if (body.isEmpty()) {
            throw Problem.invalid("role", "send role, share or stake to change");
        }
        ctx.json(organizing
                .changeMember(eventId, caller, userId(ctx), body.toChange())
                .summary());
    }

    private void remove(Context ctx) {
        organizing.removeMember(Requests.id(ctx, "eventId"), Requests.caller(ctx), userId(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void leave(Context ctx) {
        Caller caller = Requests.caller(ctx);
        organizing.removeMember(Requests.id(ctx, "eventId"), caller, caller.userId());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static String userId(Context ctx) {
        return Requests.id(ctx, "userId");
    }
}
