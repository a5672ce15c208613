package geventator.platform.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.platform.http.Problem;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.MDC;

/**
 * Problems for the requests Jetty refuses before Javalin sees them (a malformed URI, an unparsable request
 * line), which would otherwise be answered with an HTML page.
 */
final class JettyProblems extends ErrorHandler {

    private final ObjectMapper json;

    JettyProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemRenderer.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        MDC.remove(RequestIds.MDC_KEY); // no request was read, so no request id of this one; never another's
        fields.put(HttpHeader.CONTENT_TYPE, ProblemRenderer.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int status) {
        Problem problem = status == 400
                ? Problem.badRequest("the server could not read this request")
                : new Problem(
                        status,
                        "http-" + status,
                        HttpStatus.getMessage(status),
                        "the server could not read this request",
                        List.of());
        try {
            return json.writeValueAsBytes(ProblemRenderer.body(problem, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
