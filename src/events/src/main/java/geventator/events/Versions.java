package geventator.events;

import geventator.platform.http.Problem;
import io.javalin.http.Context;
import java.util.List;

/** Optimistic concurrency: the version a client last saw travels as an ETag or a version field. */
final class Versions {

    private Versions() {}

    /** The version the client names in If-Match or in the body; 428 when it names none, 400 when they differ. */
    static long expected(Context ctx, Long bodyVersion) {
        String ifMatch = ctx.header("If-Match");
        Long headerVersion = ifMatch == null ? null : parse(ifMatch);
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw Problem.invalid("version", "differs from the If-Match header");
        }
        Long version = headerVersion != null ? headerVersion : bodyVersion;
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

    static void tag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    static void require(long current, long expected) {
        if (current != expected) {
            throw stale(expected);
        }
    }

    static Problem stale(long expected) {
        return Problem.preconditionFailed("version " + expected + " is no longer current; read it again");
    }

    private static Long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() > 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Problem.invalid("If-Match", "must be the ETag of the version you read, such as \"3\"");
        }
    }
}
