package geventator.platform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.MongoException;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Refusal;
import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Assembles the Javalin server of one process: conventions first, then each local module's routes. */
final class HttpServer {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** How long a clean stop waits for running requests: within the 10 s Docker gives before SIGKILL. */
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(5);

    private static final Logger requests = LoggerFactory.getLogger("geventator.requests");
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private HttpServer() {}

    /** What the platform itself needs from the modules: the keys that verify access tokens. */
    static final List<Class<?>> PLATFORM_NEEDS = List.of(AccessTokenKeys.class);

    /**
     * Jetty pads its queues to a cache line, and asks the platform MBean server once whether references are
     * compressed to know how many fit in one: starting JMX for that single answer took about 0.2 s of a start.
     * Told here instead (16 four-byte references in a 64-byte line: compressed, as on every heap under 32 GiB);
     * an operator's own -D value wins. It only sizes padding, never what a queue holds.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static Javalin create(ModuleWiring.Started modules, Database database, ObjectMapper json) {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        Authenticator authenticator = new Authenticator(modules.api(AccessTokenKeys.class));
        Shutdown shutdown = new Shutdown(DRAIN_LIMIT);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.appData(AppKeys.AUTHENTICATOR, authenticator);
            config.appData(AppKeys.JSON, json);
            config.requestLogger.http(HttpServer::logRequest);
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems(json));
                server.setHandler(new ResponseHeaders(shutdown.handler()));
                server.setStopTimeout(DRAIN_LIMIT.toMillis());
            });
            config.events.serverStopping(shutdown::drain);
            conventions(config);
            config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
            config.routes.get("/health/ready", ctx -> ready(ctx, database));
            modules.localRoutes().forEach(routes -> routes.addTo(config.routes));
        });
    }

    private static void conventions(JavalinConfig config) {
        config.routes.before(ctx -> {
            String requestId = RequestIds.of(ctx);
            MDC.put(RequestIds.MDC_KEY, requestId);
            ctx.header(RequestIds.HEADER, requestId);
            Requests.refuseControlCharacters(ctx);
        });
        config.routes.exception(Problem.class, ProblemRenderer::render);
        config.routes.exception(Refusal.class, ProblemRenderer::render);
        config.routes.exception(HttpResponseException.class, ProblemRenderer::render);
        config.routes.exception(MongoException.class, HttpServer::databaseFailure);
        config.routes.exception(Exception.class, HttpServer::unexpected);
    }

    private static void databaseFailure(MongoException e, Context ctx) {
        if (!Database.isOutage(e)) {
            unexpected(e, ctx);
            return;
        }
        log.warn(
                "The database is unavailable on {} {}: {}",
                ctx.method(),
                ctx.path(),
                e.getClass().getSimpleName());
        ProblemRenderer.render(databaseUnavailable(), ctx);
    }

    private static Refusal databaseUnavailable() {
        return Refusal.unavailable(
                "database-unavailable", "the database does not answer; try again shortly", Database.RETRY_AFTER);
    }

    /** A body that broke off or lied about its length is the client's fault, not an internal error. */
    private static void unexpected(Exception e, Context ctx) {
        if (ClientAborts.isBrokenRequest(e)) {
            log.info("Unreadable request {} {}: {}", ctx.method(), ctx.path(), ClientAborts.reason(e));
            ProblemRenderer.render(Problem.badRequest("the request body could not be read"), ctx);
            return;
        }
        if (Database.isOutage(e)) {
            ProblemRenderer.render(databaseUnavailable(), ctx);
            return;
        }
        ProblemRenderer.renderUnexpected(e, ctx);
    }

    private static void ready(Context ctx, Database database) {
        if (!database.isReady()) {
            throw Refusal.unavailable("not-ready", "the database does not answer", Database.RETRY_AFTER);
        }
        ctx.json(Map.of("status", "UP"));
    }

    /**
     * One line per request. A health check that passes is DEBUG: Docker asks every 30 s on every VM, which at
     * INFO would be most of what reaches Papertrail. A failing one (503) stays INFO.
     */
    private static void logRequest(Context ctx, Float millis) {
        boolean quiet = ctx.path().startsWith("/health/") && ctx.statusCode() < 300;
        if (quiet) {
            requests.debug("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
        } else {
            requests.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
        }
        MDC.remove(RequestIds.MDC_KEY);
    }
}
