package geventator.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * An HTTP client to one role running in another process. The caller's token and the request id travel
 * with every call. Reads are retried once; writes never are, since a lost answer does not mean a lost
 * write. When the role cannot be reached in time the call fails with a 503 problem that names it.
 */
public final class Peer {

    private static final Logger log = LoggerFactory.getLogger(Peer.class);
    private static final int MAX_BODY = 1 << 20;

    private final String role;
    private final URI baseUrl;
    private final PeerClient client;

    private final Duration connectTimeout;
    private final Duration timeout;
    private final ObjectMapper json;

    public Peer(String role, URI baseUrl, Duration connectTimeout, Duration timeout, ObjectMapper json) {
        this.role = role;
        this.baseUrl = baseUrl;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.json = json;
        this.client = new PeerClient(connectTimeout);
    }

    public String role() {
        return role;
    }

    /** Where the role answers. */
    public URI baseUrl() {
        return baseUrl;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** A GET, tried twice at most. */
    public PeerResponse get(String path, Caller caller) {
        HttpRequest request = request(path, caller).GET().build();
        try {
            return send(request);
        } catch (RoleUnreachable first) {
            log.info("{} role did not answer GET {} ({}); trying once more", role, path, first.getMessage());
            return sendOrFail(request);
        }
    }

    /** A POST without a body, tried once: a lost answer does not mean a lost write. */
    public PeerResponse post(String path, Caller caller) {
        return sendOrFail(
                request(path, caller).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private PeerResponse sendOrFail(HttpRequest request) {
        try {
            return send(request);
        } catch (RoleUnreachable failure) {
            throw Refusal.roleUnavailable(role, failure.getMessage());
        }
    }

    private HttpRequest.Builder request(String path, Caller caller) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(baseUrl.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (caller != null) {
            builder.header("Authorization", "Bearer " + caller.token());
        }
        String requestId = MDC.get("requestId");
        if (requestId != null) {
            builder.header("X-Request-Id", requestId);
        }
        return builder;
    }

    private PeerResponse send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.get().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 502 && response.statusCode() <= 504) {
                throw new RoleUnreachable("answered " + response.statusCode());
            }
            if (response.body().length > MAX_BODY) {
                throw new RoleUnreachable("answered more than " + MAX_BODY + " bytes");
            }
            return new PeerResponse(role, response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new RoleUnreachable(e.getClass().getSimpleName()
                    + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse(""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoleUnreachable("interrupted");
        }
    }

    private static final class RoleUnreachable extends RuntimeException {
        RoleUnreachable(String message) {
            super(message, null, false, false);
        }
    }
}
