package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        routes.post("/e/{eventId}/accounts", web.page(this::addAccount));
        routes.post("/e/{eventId}/accounts/{accountId}", web.page(this::renameAccount));
    }

    private void show(Exchange x, int status, Form form) {
        String id = x.path("eventId");
        JsonNode event = x.get(RoleApis.EVENT, "/events/" + id);
        JsonNode all = x.get(RoleApis.EVENT, "/events/" + id + "/members?former=true");
        List<JsonNode> members = new ArrayList<>();
        List<JsonNode> former = new ArrayList<>();
        all.forEach(m -> (m.path("former").asBoolean() ? former : members).add(m));
        x.render(
                status,
                "members",
                model(
                        "event",
                        event,
                        "members",
                        members,
                        "former",
                        former,
                        "accounts",
                        event.path("accounts"),
                        "form",
                        form,
                        "roles",
                        ROLES,
                        "me",
                        x.session.userId()));
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

    /**
     * One row's change: the role, and the share and stake when they differ from what the page showed (so
     * that a stake that follows the share keeps following it when only the role changes). Weights are typed
     * in the person's language: "0,5" in Spanish is 0.5.
     */
    private void changeRole(Exchange x) {
        String id = x.path("eventId");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("role", x.form("role"));
        Form form = Form.empty();
        for (String weight : List.of("share", "stake")) {
            String typed = x.form(weight);
            if (typed == null || typed.isBlank() || typed.strip().equals(x.form(weight + "Shown"))) {
                continue;
            }
            Optional<String> plain = Amounts.parse(typed, x.page.lang());
            if (plain.isEmpty()) {
                show(
                        x,
                        422,
                        form.error(weight, x.page.t("members.weightHint")).problem(x.page.t("members.weightHint")));
                return;
            }
            change.put(weight, plain.get());
        }
        RoleApis.Reply changed =
                x.send(RoleApis.EVENT, "PATCH", "/events/" + id + "/members/" + x.path("userId"), change);
        if (!changed.ok()) {
            show(x, 422, FormErrors.apply(form, changed, x.page));
            return;
        }
        x.flash("members.changed");
        x.redirect("/e/" + id + "/members");
    }

    private void addAccount(Exchange x) {
        String id = x.path("eventId");
        Form form = Form.empty().with("accountName", x.form("accountName"));
        RoleApis.Reply added = x.send(
                RoleApis.EVENT, "POST", "/events/" + id + "/accounts", Map.of("name", form.value("accountName")));
        if (!added.ok()) {
            show(x, 422, FormErrors.apply(form, added, x.page));
            return;
        }
        x.flash("accounts.added", form.value("accountName").strip());
        x.redirect("/e/" + id + "/members#accounts-h");
    }

    private void renameAccount(Exchange x) {
        String id = x.path("eventId");
        RoleApis.Reply renamed = x.send(
                RoleApis.EVENT,
                "PATCH",
                "/events/" + id + "/accounts/" + x.path("accountId"),
                Map.of("name", String.valueOf(x.form("name"))));
        if (!renamed.ok()) {
            show(x, 422, FormErrors.apply(Form.empty(), renamed, x.page));
            return;
        }
        x.flash("accounts.renamed");
        x.redirect("/e/" + id + "/members#accounts-h");
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
