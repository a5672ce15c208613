package geventator.platform.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * Optimistic concurrency on the wire: the version a client last read travels as its ETag, and an edit names it
 * in {@code If-Match} ({@code "3"} or {@code W/"3"}), in a {@code version} field of the body, or as
 * {@code ?version=3}.
 */
public final class Versions {

    private Versions() {}

    /** The version the edit names: 428 when it names none, 400 when If-Match and the body disagree. */
    public static long expected(Context ctx, Long bodyVersion) {
        String ifMatch = ctx.header("If-Match");
        Long headerVersion = ifMatch == null ? null : parse("If-Match", ifMatch);
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw Problem.invalid("version", "differs from the If-Match header");
        }
        Long version = headerVersion != null ? headerVersion : bodyVersion;
        String query = ctx.queryParam("version");
        if (version == null && query != null) {
            version = parse("version", query);
        }
        if (version == null) {
            throw new Problem(
                    428,
                    "version-required",
                    "A version is required",
                    "send If-Match: \"<version>\" from the ETag, or a version field, so that no edit is lost",
                    List.of());
        }
        return version;
    }

    /** Sends the version as the response's ETag. */
    public static void tag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    private static Long parse(String field, String text) {
        String value = text.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Problem.invalid(field, "must be the ETag of the version you read, such as \"3\"");
        }
    }
}
