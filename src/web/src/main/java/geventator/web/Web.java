package geventator.web;

import geventator.platform.Text;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every page shares: the session cookie, the CSRF check on every POST, the security headers, and the
 * answers to an API that refused the session (sign in again), refused the request (an error page) or was
 * down (a banner naming the role).
 */
final class Web {

    private static final Logger log = LoggerFactory.getLogger(Web.class);
    static final String COOKIE = "gev_session";
    /** The same cookie over TLS, where the __Host- prefix makes the browser insist on Secure, Path=/ and no Domain. */
    static final String SECURE_COOKIE = "__Host-gev_session";

    static final Duration ANONYMOUS_TTL = Duration.ofHours(2);
    static final Duration SIGNED_IN_TTL = Duration.ofHours(12);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final SecureRandom RANDOM = new SecureRandom();

    final Sessions sessions;
    /** How long one instance may take to renew a session's tokens before another may try. */
    private static final java.time.Duration RENEW_LEASE = java.time.Duration.ofSeconds(10);

    private static final java.time.Duration RENEW_PAUSE = java.time.Duration.ofMillis(50);
    /** Long enough to outwait a lease: a renewal that died is taken over, not waited on forever. */
    private static final int RENEW_ATTEMPTS = (int) (RENEW_LEASE.toMillis() / RENEW_PAUSE.toMillis()) + 20;

    private final java.util.concurrent.ConcurrentHashMap<String, Object> renewing =
            new java.util.concurrent.ConcurrentHashMap<>();
    final RoleApis apis;
    final Messages messages;
    final Assets assets;
    final Views views;
    final Clock clock;

    interface Action {
        void run(Exchange x) throws Exception;
    }

    Web(Sessions sessions, RoleApis apis, Messages messages, Assets assets, Views views, Clock clock) {
        this.sessions = sessions;
        this.apis = apis;
        this.messages = messages;
        this.assets = assets;
        this.views = views;
        this.clock = clock;
    }

    /** A page for people signed in; others are sent to sign in. */
    Handler page(Action action) {
        return ctx -> handle(ctx, action, true);
    }

    /** A page anyone may see (sign in, sign up); it still has a session, for its CSRF token. */
    Handler open(Action action) {
        return ctx -> handle(ctx, action, false);
    }

    private void handle(Context ctx, Action action, boolean signedInOnly) throws Exception {
        securityHeaders(ctx);
        String language = Messages.choose(ctx.cookie("lang"), ctx.header("Accept-Language"));
        Optional<Session> found = current(ctx);
        boolean post = ctx.method().name().equals("POST");
        if (found.isEmpty() || (signedInOnly && !found.get().signedIn())) {
            if (signedInOnly) {
                ctx.redirect("/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            }
            if (post) {
                forbidden(ctx, language);
                return;
            }
            found = Optional.of(start(ctx, anonymous()));
        }
        Session session = found.get();
        if (post && !csrfMatches(session, ctx.formParam("_csrf"))) {
            forbidden(ctx, language);
            return;
        }
        Page page = new Page(
                messages,
                assets,
                language,
                session.csrf(),
                session.signedIn() ? session.displayName() : null,
                ctx.path());
        if (!post) {
            sessions.takeFlash(session.id()).ifPresent(s -> page.flash(s.flash(), s.secret()));
        }
        Exchange exchange = new Exchange(ctx, session, page, this);
        try {
            action.run(exchange);
        } catch (RoleApis.RoleUnavailable down) {
            page.unavailable(down.role());
            exchange.render(503, "unavailable", Map.of("role", down.role()));
        } catch (Exchange.SignedOut expired) {
            sessions.delete(session.id());
            clearCookie(ctx);
            ctx.redirect("/sign-in?expired=1", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (Exchange.Refused refused) {
            int status = refused.reply.status();
            Form problem = FormErrors.apply(Form.empty(), refused.reply, page);
            log.info("{} {} stopped: the API answered {}", ctx.method(), ctx.path(), status);
            exchange.render(
                    status >= 400 && status < 600 ? status : 502, "error", Map.of("status", status, "form", problem));
        }
    }

    private void forbidden(Context ctx, String language) {
        ctx.status(403);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(messages.text(language, "csrf.refused"));
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Vary", "Cookie, Accept-Language");
    }

    // --- sessions and cookies

    Optional<Session> current(Context ctx) {
        String raw = ctx.cookie(secure(ctx) ? SECURE_COOKIE : COOKIE);
        if (raw == null || raw.length() > 100) {
            return Optional.empty();
        }
        return sessions.find(hash(raw), clock.instant());
    }

    private Session anonymous() {
        return new Session(
                null, token(), null, null, null, null, null, clock.instant().plus(ANONYMOUS_TTL), null, null);
    }

    /** Stores {@code template} under a new secret and hands the browser its cookie; returns the stored session. */
    Session start(Context ctx, Session template) {
        String raw = token();
        Session session = new Session(
                hash(raw),
                template.csrf() == null ? token() : template.csrf(),
                template.userId(),
                template.username(),
                template.displayName(),
                template.accessToken(),
                template.refreshToken(),
                template.expiresAt(),
                null,
                null);
        sessions.create(session);
        long maxAge = Math.max(
                0, Duration.between(clock.instant(), session.expiresAt()).toSeconds());
        ctx.res().addHeader("Set-Cookie", cookie(ctx, raw, maxAge));
        return session;
    }

    /** A signed-in session, replacing the anonymous one (a new secret, so a planted cookie gains nothing). */
    Session signIn(
            Exchange x,
            String userId,
            String username,
            String displayName,
            String accessToken,
            String refreshToken,
            Instant tokenExpiry) {
        sessions.delete(x.session.id());
        // With a refresh token the session outlives the minutes-long access token, which it renews.
        Instant expires = refreshToken != null
                        || tokenExpiry == null
                        || tokenExpiry.isAfter(clock.instant().plus(SIGNED_IN_TTL))
                ? clock.instant().plus(SIGNED_IN_TTL)
                : tokenExpiry;
        return start(
                x.ctx,
                new Session(
                        null, token(), userId, username, displayName, accessToken, refreshToken, expires, null, null));
    }

    void signOut(Exchange x) {
        if (x.session.refreshToken() != null) {
            // Ends the session in the user role too: its refresh token no longer works anywhere.
            RoleApis.Reply revoked = apis.call(tokenCall(x, "/tokens/revoke", x.session.refreshToken()));
            if (!revoked.ok()) {
                log.info("the user role did not revoke a signed-out session's refresh token: {}", revoked.status());
            }
        }
        sessions.delete(x.session.id());
        clearCookie(x.ctx);
    }

    /**
     * A new token pair for the session whose access token {@code expired} was refused, or empty when the
     * session is over (the refresh token is used, revoked or expired). Requests of one session renew one at a
     * time, and one that finds the tokens renewed meanwhile takes those, so a refresh token is never sent twice
     * from this process (a second use would end the session, as reuse of a stolen token does).
     */
    Optional<Session> renew(Exchange x, String expired) {
        Object lock = renewing.computeIfAbsent(x.session.id(), id -> new Object());
        try {
            synchronized (lock) {
                for (int attempt = 0; attempt < RENEW_ATTEMPTS; attempt++) {
                    Optional<Session> stored = sessions.find(x.session.id(), clock.instant());
                    if (stored.isEmpty() || stored.get().refreshToken() == null) {
                        return Optional.empty();
                    }
                    if (!expired.equals(stored.get().accessToken())) {
                        return stored; // renewed meanwhile, here or by another instance
                    }
                    Instant now = clock.instant();
                    if (sessions.claimRenewal(x.session.id(), expired, now, now.plus(RENEW_LEASE))) {
                        return renewClaimed(x, expired, stored.get());
                    }
                    pause(); // another instance renews this session: take its tokens once it has them
                }
                return Optional.empty();
            }
        } finally {
            renewing.remove(x.session.id(), lock);
        }
    }

    private Optional<Session> renewClaimed(Exchange x, String expired, Session stored) {
        RoleApis.Reply renewed;
        try {
            renewed = apis.call(tokenCall(x, "/tokens/refresh", stored.refreshToken()));
        } catch (RuntimeException unreachable) {
            sessions.releaseRenewal(x.session.id());
            throw unreachable;
        }
        if (!renewed.ok()) {
            sessions.releaseRenewal(x.session.id());
            return Optional.empty();
        }
        String access = renewed.json().path("accessToken").asText();
        String refresh = renewed.json().path("refreshToken").asText();
        sessions.replaceTokens(x.session.id(), expired, access, refresh);
        return sessions.find(x.session.id(), clock.instant());
    }

    private static void pause() {
        try {
            Thread.sleep(RENEW_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RoleApis.Call tokenCall(Exchange x, String path, String refreshToken) {
        return new RoleApis.Call(
                RoleApis.USER,
                apis.baseUrl(RoleApis.USER, x.self()),
                "POST",
                path,
                null,
                Map.of("refreshToken", refreshToken),
                "application/json",
                Map.of());
    }

    private static void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", cookie(ctx, "", 0));
    }

    /**
     * HttpOnly and SameSite=Lax always; Secure with the __Host- prefix when the request came over TLS (or
     * through a proxy that says so). Over plain http, as on a laptop's http://localhost:7070, a Secure cookie
     * would not come back from every browser, so it is sent without.
     */
    private static String cookie(Context ctx, String value, long maxAge) {
        boolean secure = secure(ctx);
        return (secure ? SECURE_COOKIE : COOKIE) + "=" + value + "; Path=/; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    static boolean secure(Context ctx) {
        return ctx.req().isSecure() || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static boolean csrfMatches(Session session, String sent) {
        return sent != null
                && MessageDigest.isEqual(
                        session.csrf().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String raw) {
        return Text.sha256Hex(raw);
    }
}
