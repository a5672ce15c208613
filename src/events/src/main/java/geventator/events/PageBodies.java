package geventator.events;

import geventator.platform.http.Problem;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One page of a list, the same way for every list of the event role: {@code ?limit=} (1 to {@value #MAX_LIMIT},
 * default {@value #DEFAULT_LIMIT}, so that clients written before lists paged still get everything) and
 * {@code ?cursor=}; the body stays the list itself and the next page's address is in
 * {@code Link: <...>; rel="next"}, sent only when another item follows. The cursor is the last item's sort
 * key, so a page starts after it even when items before it were removed meanwhile.
 */
final class PageBodies {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 1000;

    private PageBodies() {}

    /** The page of {@code all} (in ascending order of {@code key}) that the request asks for. */
    static <T> List<T> page(Context ctx, List<T> all, Function<T, String> key) {
        int limit = limit(ctx.queryParam("limit"));
        String after = cursor(ctx.queryParam("cursor"));
        List<T> rest = all.stream()
                .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .limit(limit + 1L)
                .toList();
        if (rest.size() <= limit) {
            return rest;
        }
        List<T> page = rest.subList(0, limit);
        ctx.header("Link", "<" + next(ctx, key.apply(page.get(limit - 1))) + ">; rel=\"next\"");
        return page;
    }

    /** A moment as a key that sorts as the moments do (for any year from 1653 to 5138). */
    static String moment(OffsetDateTime time) {
        return String.format("%015d", time.toInstant().toEpochMilli() + 10_000_000_000_000L);
    }

    private static String next(Context ctx, String lastKey) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>(ctx.queryParamMap());
        query.remove("cursor");
        query.put(
                "cursor",
                List.of(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(lastKey.getBytes(StandardCharsets.UTF_8))));
        return ctx.path() + "?"
                + query.entrySet().stream()
                        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                        .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw Problem.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static String cursor(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("cursor", "is not a cursor this API gave out");
        }
    }
}
