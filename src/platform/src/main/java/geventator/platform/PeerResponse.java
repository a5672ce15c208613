package geventator.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What another role answered. */
public final class PeerResponse {

    private final String role;
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;
    private final ObjectMapper json;

    PeerResponse(String role, int status, HttpHeaders headers, byte[] body, ObjectMapper json) {
        this.role = role;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.json = json;
    }

    public int status() {
        return status;
    }

    /** The first value of a header of the answer, such as the {@code Link} to a list's next page. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /**
     * The answer to a lookup: the body on 200, empty on 404 (no such thing, or not the caller's to see); a 401
     * problem when the other role refused the token, and a 503 problem naming it for anything else.
     */
    public <T> Optional<T> found(Class<T> type) {
        return switch (status) {
            case 200 -> Optional.of(body(type));
            case 404 -> Optional.empty();
            case 401 -> throw Refusal.unauthenticated("the " + role + " role did not accept the access token");
            default -> throw Refusal.roleUnavailable(role, "answered " + status);
        };
    }

    public <T> T body(Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected answer from another role", e);
        }
    }
}
