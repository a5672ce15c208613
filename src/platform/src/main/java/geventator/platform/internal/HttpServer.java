package geventator.platform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Frontend;
import geventator.platform.Refusal;
import geventator.platform.RoleModule;
import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
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

    static Javalin create(
            List<RoleModule> localModules,
            List<Frontend> frontends,
            ModuleRegistry registry,
            Database database,
            ObjectMapper json) {
        Authenticator authenticator = new Authenticator(() -> registry.api(AccessTokenKeys.class));
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(json, false));
            config.requestLogger.http(HttpServer::logRequest);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(json)));
            conventions(config, authenticator, json);
            config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
            config.routes.get("/health/ready", ctx -> ready(ctx, database));
            for (RoleModule module : localModules) {
                module.serve(registry.contextOf(module), config.routes);
            }
            for (Frontend frontend : frontends) {
                frontend.serve(registry.contextOf(frontend), config.routes);
            }
        });
    }

    private static void conventions(JavalinConfig config, Authenticator authenticator, ObjectMapper json) {
        config.routes.before(ctx -> {
            String requestId = RequestIds.of(ctx);
            MDC.put(RequestIds.MDC_KEY, requestId);
            ctx.header(RequestIds.HEADER, requestId);
            ctx.attribute(Requests.AUTHENTICATOR, authenticator);
            ctx.attribute(Requests.JSON, json);
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

    private static void logRequest(Context ctx, Float millis) {
        requests.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
        MDC.remove(RequestIds.MDC_KEY);
    }
}
