package geventator.platform.internal;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, set before any handler runs: no content sniffing, no referrer, and
 * {@code Cache-Control: no-store} (profiles, ledgers, exports and calendars are private; a handler that
 * serves something public, such as the token keys, says so itself). Over TLS, directly or behind a proxy
 * that says {@code X-Forwarded-Proto: https}, also {@code Strict-Transport-Security}.
 */
final class ResponseHeaders extends Handler.Wrapper {

    static final String HSTS = "max-age=31536000";

    ResponseHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(request, response);
        return super.handle(request, response, callback);
    }

    static void addTo(Request request, Response response) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (isTls(request)) {
            headers.put(HttpHeader.STRICT_TRANSPORT_SECURITY, HSTS);
        }
    }

    /** Only the headers that do not depend on the request, for Jetty's own early refusals. */
    static void addTo(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private static boolean isTls(Request request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
