package geventator.platform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Refusal;
import geventator.platform.http.Problem;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Assembles the Javalin server of one process: conventions first, then each local module's routes. */
final class HttpServer {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger requests = LoggerFactory.getLogger("geventator.requests");

    private HttpServer() {}

    /** What the platform itself needs from the modules: the keys that verify access tokens. */
    static final List<Class<?>> PLATFORM_NEEDS = List.of(AccessTokenKeys.class);

    static Javalin create(ModuleWiring.Started modules, Database database, ObjectMapper json) {
        Authenticator authenticator = new Authenticator(modules.api(AccessTokenKeys.class));
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.appData(AppKeys.AUTHENTICATOR, authenticator);
            config.appData(AppKeys.JSON, json);
            config.requestLogger.http(HttpServer::logRequest);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(json)));
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
        });
        config.routes.exception(Problem.class, ProblemRenderer::render);
        config.routes.exception(Refusal.class, ProblemRenderer::render);
        config.routes.exception(HttpResponseException.class, ProblemRenderer::render);
        config.routes.exception(Exception.class, ProblemRenderer::renderUnexpected);
    }

    private static void ready(Context ctx, Database database) {
        if (!database.isReady()) {
            throw new Problem(503, "not-ready", "Not ready", "the database does not answer", List.of());
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
