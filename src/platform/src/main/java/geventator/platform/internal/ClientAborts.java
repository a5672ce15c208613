package geventator.platform.internal;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Failures that come from the request, not from the server: broken chunked framing, a body shorter than its
 * Content-Length, a client that went away or stalled while sending. They are answered 400 and logged as
 * what they are, never as an unexpected failure.
 */
final class ClientAborts {

    private ClientAborts() {}

    static boolean isBrokenRequest(Throwable e) {
        return cause(e) != null;
    }

    static String reason(Throwable e) {
        Throwable cause = cause(e);
        return cause == null
                ? e.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static Throwable cause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException
                    || cause instanceof EofException
                    || cause instanceof TimeoutException
                    || cause instanceof java.io.EOFException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
