package geventator.platform.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

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
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        response.write(true, ByteBuffer.wrap(body(code, request)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemRenderer.CONTENT_TYPE);
        ResponseHeaders.addTo(fields);
        return ByteBuffer.wrap(body(status, null));
    }

    private byte[] body(int status, Request request) {
        if (status == 503) {
            return body(json, 503, "shutting-down", "Shutting down", "the server is stopping; try again in a moment");
        }
        if (status == 404 && request != null) {
            String path = request.getHttpURI().getPath();
            return body(
                    json,
                    404,
                    "not-found",
                    "Not found",
                    "no route matches " + request.getMethod() + " " + (path == null ? "*" : path));
        }
        return body(
                json,
                status,
                status == 400 ? "bad-request" : "http-" + status,
                status == 400 ? "The request is malformed" : HttpStatus.getMessage(status),
                "the server could not read this request");
    }

    static byte[] body(ObjectMapper json, int status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:geventator:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
