package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/** The event's members: add by username, change a role, remove, leave. */
final class MemberPages {

    static final List<String> ROLES = List.of("OWNER", "ORGANIZER", "VIEWER");

    private final Web web;

    MemberPages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get(
                "/e/{eventId}/members", web.page(x -> show(x, 200, Form.empty().with("role", "ORGANIZER"))));
        routes.post("/e/{eventId}/members", web.page(this::add));
        routes.post("/e/{eventId}/members/{userId}/role", web.page(this::changeRole));
        routes.post("/e/{eventId}/members/{userId}/remove", web.page(this::remove));
        routes.post("/e/{eventId}/leave", web.page(this::leave));
    }

    private void show(Exchange x, int status, Form form) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode members = x.get(RoleApis.EVENT, "/events/" + id + "/members");
        x.render(
                status,
                "members",
                model("event", event, "members", members, "form", form, "roles", ROLES, "me", x.session.userId()));
    }

    private void add(Exchange x) {
        String id = x.path("eventId");
        Form form = Form.empty().with("username", x.form("username")).with("role", x.form("role"));
        RoleApis.Reply added = x.send(RoleApis.EVENT, "POST", "/events/" + id + "/members", form.values());
        if (!added.ok()) {
            show(x, 422, FormErrors.apply(form, added, x.page));
            return;
        }
        x.flash("members.added", form.value("username"));
        x.redirect("/e/" + id + "/members");
    }

    private void changeRole(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply changed = x.send(
                RoleApis.EVENT,
                "PATCH",
                "/events/" + id + "/members/" + x.path("userId"),
                Map.of("role", x.form("role")));
        if (!changed.ok()) {
            show(x, 422, FormErrors.apply(Form.empty(), changed, x.page));
            return;
        }
        x.flash("members.changed");
        x.redirect("/e/" + id + "/members");
    }

    private void remove(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply removed =
                x.send(RoleApis.EVENT, "DELETE", "/events/" + id + "/members/" + x.path("userId"), null);
        if (!removed.ok()) {
            show(x, 422, FormErrors.apply(Form.empty(), removed, x.page));
            return;
        }
        x.flash("members.removed");
        x.redirect("/e/" + id + "/members");
    }

    private void leave(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply left = x.send(RoleApis.EVENT, "DELETE", "/events/" + id + "/members/me", null);
        if (!left.ok()) {
            show(x, 422, FormErrors.apply(Form.empty(), left, x.page));
            return;
        }
        x.flash("members.left");
        x.redirect("/");
    }
}
