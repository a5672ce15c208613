package geventator.platform.internal;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/** Every request carries an id: the client's X-Request-Id when it is sane, a new one otherwise. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    static String of(Context ctx) {
        String given = ctx.header(HEADER);
        return given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }
}
