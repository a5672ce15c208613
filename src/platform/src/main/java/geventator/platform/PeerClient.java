package geventator.platform;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client one process uses to call another role, made at the first call rather than at start-up:
 * a client costs a TLS context and a selector thread (about 0.2 s of a start), and most callers of a process
 * (those for the roles it runs itself) never call. Redirects are never followed.
 */
public final class PeerClient {

    private final Duration connectTimeout;
    private volatile HttpClient client;

    public PeerClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpClient get() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    client = made;
                }
            }
        }
        return made;
    }
}
