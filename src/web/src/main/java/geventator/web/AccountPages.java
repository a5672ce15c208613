package geventator.web;

import static geventator.web.Exchange.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Signing up, in and out, the profile, the password and deleting the account: the user role's API. */
final class AccountPages {

    private final Web web;

    AccountPages(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/sign-up", web.open(x -> x.render("signup", model("form", Form.empty()))));
        routes.post("/sign-up", web.open(this::signUp));
        routes.get("/sign-in", web.open(this::signInPage));
        routes.post("/sign-in", web.open(this::signIn));
        routes.post("/sign-out", web.page(this::signOut));
        routes.get("/account", web.page(this::profile));
        routes.post("/account", web.page(this::saveProfile));
        routes.post("/account/password", web.page(this::changePassword));
        routes.get("/account/delete", web.page(x -> x.render("delete-account", model("form", Form.empty()))));
        routes.post("/account/delete", web.page(this::deleteAccount));
        routes.post("/lang", web.open(this::switchLanguage));
    }

    private void signUp(Exchange x) {
        Form form = Form.empty()
                .with("username", x.form("username"))
                .with("email", x.form("email"))
                .with("displayName", x.form("displayName"));
        Map<String, Object> body = new LinkedHashMap<>(form.values());
        body.put("password", x.ctx.formParam("password"));
        RoleApis.Reply created = x.send(RoleApis.USER, "POST", "/users", body);
        if (!created.ok()) {
            x.render(422, "signup", model("form", FormErrors.apply(form, created, x.page)));
            return;
        }
        if (!startSession(x, form.value("username"), x.ctx.formParam("password"))) {
            x.redirect("/sign-in");
        }
    }

    private void signInPage(Exchange x) {
        if (x.session.signedIn()) {
            x.redirect("/");
            return;
        }
        Form form = Form.empty();
        if (x.query("expired").equals("1")) {
            form.problem(x.page.t("signin.expired"));
        }
        x.render("signin", model("form", form));
    }

    private void signIn(Exchange x) {
        Form form = Form.empty().with("login", x.form("login"));
        if (!startSession(x, form.value("login"), x.ctx.formParam("password"))) {
            x.render(401, "signin", model("form", form.problem(x.page.t("signin.wrong"))));
        }
    }

    /** Logs in with the user role and keeps the token in a new session; false when the login was refused. */
    private boolean startSession(Exchange x, String login, String password) {
        RoleApis.Reply token = x.send(
                RoleApis.USER, "POST", "/tokens", Map.of("login", login, "password", password == null ? "" : password));
        if (!token.ok()) {
            return false;
        }
        JsonNode t = token.json();
        String accessToken = t.path("accessToken").asText();
        RoleApis.Reply me = web.apis.call(new RoleApis.Call(
                RoleApis.USER,
                web.apis.baseUrl(RoleApis.USER, x.self()),
                "GET",
                "/users/me",
                accessToken,
                null,
                null,
                Map.of()));
        if (!me.ok()) {
            throw new Exchange.Refused(me);
        }
        JsonNode user = me.json();
        Instant expiry =
                t.hasNonNull("expiresAt") ? Instant.parse(t.path("expiresAt").asText()) : null;
        String refresh = t.hasNonNull("refreshToken") ? t.path("refreshToken").asText() : null;
        web.signIn(
                x,
                user.path("id").asText(),
                user.path("username").asText(),
                user.path("displayName").asText(user.path("username").asText()),
                accessToken,
                refresh,
                expiry);
        x.redirect("/");
        return true;
    }

    private void signOut(Exchange x) {
        web.signOut(x);
        x.redirect("/sign-in");
    }

    private void profile(Exchange x) {
        JsonNode me = x.get(RoleApis.USER, "/users/me");
        Form form = Form.empty()
                .with("displayName", me.path("displayName").asText())
                .with("email", me.path("email").asText());
        x.render("account", model("me", me, "form", form, "password", Form.empty()));
    }

    private void saveProfile(Exchange x) {
        Form form = Form.empty().with("displayName", x.form("displayName")).with("email", x.form("email"));
        RoleApis.Reply saved = x.send(RoleApis.USER, "PATCH", "/users/me", form.values());
        if (!saved.ok()) {
            JsonNode me = x.get(RoleApis.USER, "/users/me");
            x.render(
                    422,
                    "account",
                    model("me", me, "form", FormErrors.apply(form, saved, x.page), "password", Form.empty()));
            return;
        }
        web.sessions.rename(x.session.id(), saved.json().path("displayName").asText(form.value("displayName")));
        x.flash("account.saved");
        x.redirect("/account");
    }

    private void changePassword(Exchange x) {
        Map<String, String> body = Map.of(
                "currentPassword", nullToEmpty(x.ctx.formParam("currentPassword")),
                "newPassword", nullToEmpty(x.ctx.formParam("newPassword")));
        RoleApis.Reply changed = x.send(RoleApis.USER, "PUT", "/users/me/password", body);
        if (!changed.ok()) {
            JsonNode me = x.get(RoleApis.USER, "/users/me");
            Form form = Form.empty()
                    .with("displayName", me.path("displayName").asText())
                    .with("email", me.path("email").asText());
            Form password = FormErrors.apply(Form.empty(), changed, x.page);
            if (changed.status() == 403) {
                password.error("currentPassword", x.page.t("password.wrong"));
            }
            x.render(422, "account", model("me", me, "form", form, "password", password));
            return;
        }
        x.flash("password.changed");
        x.redirect("/account");
    }

    private void deleteAccount(Exchange x) {
        Form form = Form.empty().with("confirm", x.form("confirm"));
        if (!form.value("confirm").equalsIgnoreCase(x.session.username())) {
            x.render(422, "delete-account", model("form", form.error("confirm", x.page.t("delete.confirm.mismatch"))));
            return;
        }
        RoleApis.Reply deleted = x.send(RoleApis.USER, "DELETE", "/users/me", null);
        if (!deleted.ok()) {
            x.render(422, "delete-account", model("form", FormErrors.apply(form, deleted, x.page)));
            return;
        }
        web.signOut(x);
        x.redirect("/sign-up");
    }

    private void switchLanguage(Exchange x) {
        String language = x.form("lang");
        if (Messages.LANGUAGES.contains(language)) {
            x.ctx.res().addHeader("Set-Cookie", "lang=" + language + "; Path=/; Max-Age=31536000; SameSite=Lax");
        }
        x.redirect(safeBack(x.form("back")));
    }

    /** Only a path of this site: never another host, so the switch cannot be used to send people elsewhere. */
    static String safeBack(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.contains("\r")
                || back.contains("\n")) {
            return "/";
        }
        return back;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
