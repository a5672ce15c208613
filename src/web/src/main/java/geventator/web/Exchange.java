package geventator.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** One page request: its session, its texts, and calls to the roles with the session's token. */
final class Exchange {

    /** The API refused the token: the session is over. */
    static final class SignedOut extends RuntimeException {
        SignedOut() {
            super("signed out", null, false, false);
        }
    }

    /** The API answered a status the page cannot go on from: a page naming it is shown. */
    static final class Refused extends RuntimeException {
        final RoleApis.Reply reply;

        Refused(RoleApis.Reply reply) {
            super("refused with " + reply.status(), null, false, false);
            this.reply = reply;
        }
    }

    final Context ctx;
    /** The session; its tokens change when an expired access token is traded for a new one. */
    Session session;

    final Page page;
    private final Web web;

    Exchange(Context ctx, Session session, Page page, Web web) {
        this.ctx = ctx;
        this.session = session;
        this.page = page;
        this.web = web;
    }

    String lang() {
        return page.lang();
    }

    String form(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    String query(String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    String path(String name) {
        return ctx.pathParam(name);
    }

    // --- the roles' APIs

    RoleApis.Reply call(String role, String method, String path, Object body, Map<String, String> headers) {
        return call(role, method, path, body, "application/json", headers);
    }

    RoleApis.Reply call(
            String role, String method, String path, Object body, String contentType, Map<String, String> headers) {
        RoleApis.Reply reply = callWith(session, role, method, path, body, contentType, headers);
        if (reply.status() == 401 && session != null && session.signedIn()) {
            // Access tokens live minutes: trade the refresh token for a new pair once, then ask again.
            Session renewed = web.renew(this, session.accessToken()).orElseThrow(SignedOut::new);
            session = renewed;
            reply = callWith(renewed, role, method, path, body, contentType, headers);
            if (reply.status() == 401) {
                throw new SignedOut();
            }
        }
        return reply;
    }

    private RoleApis.Reply callWith(
            Session with,
            String role,
            String method,
            String path,
            Object body,
            String contentType,
            Map<String, String> headers) {
        return web.apis.call(new RoleApis.Call(
                role,
                web.apis.baseUrl(role, self()),
                method,
                path,
                with == null ? null : with.accessToken(),
                body,
                contentType,
                headers));
    }

    RoleApis.Reply send(String role, String method, String path, Object body) {
        return call(role, method, path, body, Map.of());
    }

    /** A read that must succeed: anything else shows the error page. */
    JsonNode get(String role, String path) {
        RoleApis.Reply reply = call(role, "GET", path, null, Map.of());
        if (!reply.ok()) {
            throw new Refused(reply);
        }
        return reply.json();
    }

    URI self() {
        String host = ctx.req().getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + ctx.req().getLocalPort());
    }

    // --- answers

    void render(String template, Map<String, Object> params) {
        render(200, template, params);
    }

    void render(int status, String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("p", page);
        ctx.status(status);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(web.views.render(template, all));
    }

    void redirect(String location) {
        ctx.redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Redirects with a one-time message for the next page. */
    void redirect(String location, String flashKey, Object... args) {
        web.sessions.flash(session.id(), page.t(flashKey, args), null);
        redirect(location);
    }

    /** A one-time message for the next page. */
    void flash(String flashKey, Object... args) {
        web.sessions.flash(session.id(), page.t(flashKey, args), null);
    }

    void redirectWithSecret(String location, String flashKey, String secret) {
        web.sessions.flash(session.id(), page.t(flashKey), secret);
        redirect(location);
    }

    /** A fresh idempotency key for a form: submitting it twice does the work once. */
    static String formKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs a form's work once per form key. The work answers where to go next, or null when it rendered the
     * form again (a refusal), which frees the key for the corrected form. A second submission of a form whose
     * work is done goes where the first one went.
     */
    void once(Supplier<String> work) {
        String key = form("formKey");
        if (key.isEmpty() || key.length() > 64) {
            key = formKey();
        }
        if (!web.sessions.claim(session.id(), key, web.clock.instant())) {
            redirect(web.sessions.outcome(session.id(), key).orElse(ctx.path()));
            return;
        }
        String location;
        try {
            location = work.get();
        } catch (RuntimeException e) {
            web.sessions.release(session.id(), key);
            throw e;
        }
        if (location == null) {
            web.sessions.release(session.id(), key);
        } else {
            web.sessions.settle(session.id(), key, location);
            redirect(location);
        }
    }

    static Map<String, Object> model(Object... pairs) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            model.put((String) pairs[i], pairs[i + 1]);
        }
        return model;
    }
}
