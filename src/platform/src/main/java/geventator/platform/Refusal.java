package geventator.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A use case saying no, in the domain's terms: what kind of refusal it is, a stable code the client and
 * the web app can switch on, and what happened this time. The platform renders it as an RFC 9457 problem
 * in one place; a page shows the same refusal as a form error. No status code lives here.
 */
public final class Refusal extends RuntimeException {

    /** What kind of refusal this is; the platform maps each kind to one HTTP status. */
    public enum Kind {
        /** One or more fields are invalid. */
        INVALID,
        /** No valid credentials came with the request. */
        UNAUTHENTICATED,
        /** The caller is known but may not do this. */
        FORBIDDEN,
        /** There is no such thing, or it is not the caller's to see. */
        NOT_FOUND,
        /** The request clashes with the current state (a duplicate, a locked value). */
        CONFLICT,
        /** The request is well-formed but the domain's rules refuse it. */
        UNPROCESSABLE,
        /** The request names a version that is no longer the current one. */
        STALE,
        /** An edit must name the version it is based on. */
        VERSION_REQUIRED,
        /** Too many attempts; try again later. */
        TOO_MANY_ATTEMPTS,
        /** Something this request needs (another role, the database, capacity) is not available now. */
        UNAVAILABLE
    }

    /** One invalid field and why. */
    public record Field(String field, String reason) {}

    private final Kind kind;
    private final String code;
    private final List<Field> fields;
    private final Duration retryAfter;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private Refusal(Kind kind, String code, String detail, List<Field> fields, Duration retryAfter) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.fields = List.copyOf(fields);
        this.retryAfter = retryAfter;
    }

    public static Refusal of(Kind kind, String code, String detail) {
        return new Refusal(kind, code, detail, List.of(), null);
    }

    public static Refusal invalid(String field, String reason) {
        return invalid(List.of(new Field(field, reason)));
    }

    public static Refusal invalid(List<Field> fields) {
        String detail = fields.size() == 1
                ? fields.get(0).field() + ": " + fields.get(0).reason()
                : fields.size() + " fields are invalid";
        return new Refusal(Kind.INVALID, "validation", detail, fields, null);
    }

    public static Refusal unauthenticated(String detail) {
        return of(Kind.UNAUTHENTICATED, "unauthorized", detail);
    }

    public static Refusal forbidden(String detail) {
        return of(Kind.FORBIDDEN, "forbidden", detail);
    }

    public static Refusal notFound(String detail) {
        return of(Kind.NOT_FOUND, "not-found", detail);
    }

    public static Refusal conflict(String code, String detail) {
        return of(Kind.CONFLICT, code, detail);
    }

    public static Refusal unprocessable(String code, String detail) {
        return of(Kind.UNPROCESSABLE, code, detail);
    }

    public static Refusal unprocessable(String code, String detail, List<Field> fields) {
        return new Refusal(Kind.UNPROCESSABLE, code, detail, fields, null);
    }

    public static Refusal stale(String detail) {
        return of(Kind.STALE, "stale-version", detail);
    }

    public static Refusal versionRequired(String detail) {
        return of(Kind.VERSION_REQUIRED, "version-required", detail);
    }

    public static Refusal tooManyAttempts(String detail, Duration retryAfter) {
        return new Refusal(Kind.TOO_MANY_ATTEMPTS, "too-many-attempts", detail, List.of(), retryAfter);
    }

    /** Something needed is unavailable now, such as {@code role-unavailable} or {@code database-unavailable}. */
    public static Refusal unavailable(String code, String detail, Duration retryAfter) {
        return new Refusal(Kind.UNAVAILABLE, code, detail, List.of(), retryAfter);
    }

    /** The role that did not answer, named in the refusal. */
    public static Refusal roleUnavailable(String role, String reason) {
        return unavailable("role-unavailable", "the " + role + " role did not answer: " + reason, null)
                .with("role", role);
    }

    /** Adds a detail that the answer carries, such as the activities a new one clashes with. */
    public Refusal with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Map<String, Object> details() {
        return java.util.Collections.unmodifiableMap(details);
    }
}
