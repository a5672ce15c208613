package geventator.platform.internal;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A clean stop (SIGTERM). The server keeps listening while it drains: the requests already running finish,
 * and every request that arrives meanwhile is answered 503 {@code shutting-down} with {@code Retry-After}
 * and {@code Connection: close} (Jetty's graceful handler refuses it; {@link JettyProblems} renders it).
 * Only when nothing runs and nothing has arrived for {@link #QUIET} (or after the time limit) does Jetty
 * close its connectors. So a request that reached the server is answered, and one that got no answer
 * was never carried out.
 */
final class Shutdown {

    private static final Logger log = LoggerFactory.getLogger(Shutdown.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** How long no request must have arrived before the connectors close. */
    static final Duration QUIET = Duration.ofMillis(250);

    private final Duration limit;
    private final GracefulHandler graceful = new GracefulHandler();
    private volatile long lastArrival = System.nanoTime();

    Shutdown(Duration limit) {
        this.limit = limit;
    }

    /** The Jetty handler that notes every arrival, counts running requests and refuses new ones once draining. */
    Handler.Wrapper handler() {
        return new Handler.Wrapper(graceful) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                lastArrival = System.nanoTime();
                return super.handle(request, response, callback);
            }
        };
    }

    /** Refuses new requests from now on and waits, within the limit, until nothing runs or arrives. */
    void drain() {
        log.info("Stopping: refusing new requests, waiting for {} running ones", graceful.getCurrentRequestCount());
        graceful.shutdown();
        long deadline = System.nanoTime() + limit.toNanos();
        while (graceful.getCurrentRequestCount() > 0 || System.nanoTime() - lastArrival < QUIET.toNanos()) {
            if (System.nanoTime() - deadline >= 0) {
                log.warn(
                        "Stopping: {} requests still running after {} s; stopping anyway",
                        graceful.getCurrentRequestCount(),
                        limit.toSeconds());
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Stopping: no request running");
    }
}
