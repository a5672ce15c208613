package geventator.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What another role answered. */
public final class PeerResponse {

    private final int status;
    private final byte[] body;
    private final ObjectMapper json;

    PeerResponse(int status, byte[] body, ObjectMapper json) {
        this.status = status;
        this.body = body;
        this.json = json;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public <T> T body(Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected answer from another role", e);
        }
    }
}
