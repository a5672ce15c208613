package geventator.platform.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.platform.http.Problem;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Problems for the requests Jetty refuses before Javalin sees them (a malformed URI, an unparsable request
 * line, broken chunked framing), which would otherwise be answered with an HTML page or nothing.
 */
final class JettyProblems extends ErrorHandler {

    private final ObjectMapper json;

    JettyProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Every method gets a problem body, not only GET and POST: {@code OPTIONS *} and a bad PUT too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** The same headers as every other response, not Jetty's own cache directives. */
    @Override
    protected void generateCacheControl(Response response) {
        ResponseHeaders.addTo(response.getHeaders());
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemRenderer.CONTENT_TYPE);
        ResponseHeaders.addTo(request, response);
        if (code == 503) {
            // Only Jetty's graceful handler answers 503 here: the server is stopping.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(Shutdown.RETRY_AFTER.toSeconds()));
        }
        if (code != 404) {
            // Jetty closes the connection after a request it refused itself (an illegal URI such as /events/%00):
            // say so, or a client sends its next request on it and gets no answer at all (the fuzz test found it).
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        response.write(true, ByteBuffer.wrap(body(code, request)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        MDC.remove(RequestIds.MDC_KEY); // no request was read, so no request id of this one; never another's
        fields.put(HttpHeader.CONTENT_TYPE, ProblemRenderer.CONTENT_TYPE);
        ResponseHeaders.addTo(fields);
        return ByteBuffer.wrap(body(status, null));
    }

    private byte[] body(int status, Request request) {
        Problem problem;
        if (status == 503) {
            problem = new Problem(
                    503, "shutting-down", "Shutting down", "the server is stopping; try again in a moment", List.of());
        } else if (status == 404 && request != null) {
            String path = request.getHttpURI().getPath();
            problem = Problem.notFound("no route matches " + request.getMethod() + " " + (path == null ? "*" : path));
        } else if (status == 400) {
            problem = Problem.badRequest("the server could not read this request");
        } else {
            problem = new Problem(
                    status,
                    "http-" + status,
                    HttpStatus.getMessage(status),
                    "the server could not read this request",
                    List.of());
        }
        try {
            return json.writeValueAsBytes(ProblemRenderer.body(problem, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
