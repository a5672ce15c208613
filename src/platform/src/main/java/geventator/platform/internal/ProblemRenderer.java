package geventator.platform.internal;

import geventator.platform.Refusal;
import geventator.platform.http.FieldError;
import geventator.platform.http.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The one place where a failure becomes an RFC 9457 problem body. No stack trace ever reaches a client. */
final class ProblemRenderer {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(ProblemRenderer.class);

    private ProblemRenderer() {}

    static void render(Problem problem, Context ctx) {
        problem.retryAfter()
                .ifPresent(wait -> ctx.header(
                        "Retry-After",
                        Long.toString(Math.max(1, wait.plusNanos(999_999_999).toSeconds()))));
        ctx.status(problem.status()).json(body(problem, ctx.path())).contentType(CONTENT_TYPE);
    }

    /** The RFC 9457 body of {@code problem}; {@code instance} is the path, when known. */
    static Map<String, Object> body(Problem problem, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        problem.extensions().forEach(body::putIfAbsent);
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return body;
    }

    static void render(Refusal refusal, Context ctx) {
        render(Problem.of(refusal), ctx);
    }

    /** Javalin's own responses: unknown route, wrong method, body too large. */
    static void render(HttpResponseException e, Context ctx) {
        render(
                switch (e.getStatus()) {
                    case 404 -> Problem.notFound("no route matches " + ctx.method() + " " + ctx.path());
                    case 405 ->
                        new Problem(
                                405,
                                "method-not-allowed",
                                "Method not allowed",
                                ctx.method() + " is not allowed on " + ctx.path(),
                                List.of());
                    case 413 ->
                        new Problem(
                                413,
                                "payload-too-large",
                                "The body is too large",
                                "request bodies are limited to 1 MiB",
                                List.of());
                    default ->
                        new Problem(
                                e.getStatus(),
                                "http-" + e.getStatus(),
                                "Request failed",
                                e.getMessage(),
                                List.<FieldError>of());
                },
                ctx);
    }

    static void renderUnexpected(Exception e, Context ctx) {
        log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        render(
                new Problem(
                        500,
                        "internal",
                        "Internal error",
                        "the server failed unexpectedly; quote the requestId when reporting it",
                        List.of()),
                ctx);
    }
}
