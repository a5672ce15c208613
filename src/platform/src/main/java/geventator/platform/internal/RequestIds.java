package geventator.platform.internal;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Every request carries an id: the client's X-Request-Id when it is sane, a new one otherwise. A new id is
 * this process's random prefix and a counter: unique within the process by construction, across processes
 * by 64 random bits, and without the SecureRandom lock that {@code UUID.randomUUID()} takes per request.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String PREFIX = HexFormat.of().toHexDigits(new SecureRandom().nextLong()) + "-";
    private static final AtomicLong COUNTER = new AtomicLong();

    private RequestIds() {}

    static String of(Context ctx) {
        String given = ctx.header(HEADER);
        return given != null && SANE.matcher(given).matches() ? given : next();
    }

    static String next() {
        return PREFIX + Long.toHexString(COUNTER.incrementAndGet());
    }
}
