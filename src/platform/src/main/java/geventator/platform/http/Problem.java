package geventator.platform.http;

import geventator.platform.Refusal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failure the client is told about, rendered as RFC 9457 problem details. The {@code type} is a stable
 * URN the client can switch on; {@code title} is the same for every occurrence of a type; {@code detail}
 * says what happened this time.
 */
public final class Problem extends RuntimeException {

    private static final String TYPE_PREFIX = "urn:geventator:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private Duration retryAfter;

    public Problem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = TYPE_PREFIX + type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "The request is malformed", detail, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(
                400,
                "validation",
                "The request has invalid fields",
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).reason()
                        : errors.size() + " fields are invalid",
                errors);
    }

    public static Problem invalid(String field, String reason) {
        return invalid(List.of(new FieldError(field, reason)));
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Authentication is required", detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Not allowed", detail, List.of());
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail, List.of());
    }

    public static Problem conflict(String type, String detail) {
        return new Problem(409, type, "Conflict", detail, List.of());
    }

    public static Problem preconditionFailed(String detail) {
        return new Problem(412, "stale-version", "The resource has changed", detail, List.of());
    }

    public static Problem unprocessable(String type, String detail, List<FieldError> errors) {
        return new Problem(422, type, "The request cannot be carried out", detail, errors);
    }

    public static Problem roleUnavailable(String role, String reason) {
        return new Problem(
                        503,
                        "role-unavailable",
                        "Another role is unavailable",
                        "the " + role + " role did not answer: " + reason,
                        List.of())
                .with("role", role);
    }

    /**
     * The one mapping from a use case's refusal to HTTP: each kind has one status and one title, and the
     * refusal's code becomes the problem type.
     */
    public static Problem of(Refusal refusal) {
        List<FieldError> errors = refusal.fields().stream()
                .map(f -> new FieldError(f.field(), f.reason()))
                .toList();
        Problem problem = switch (refusal.kind()) {
            case INVALID ->
                new Problem(400, refusal.code(), "The request has invalid fields", refusal.getMessage(), errors);
            case UNAUTHENTICATED ->
                new Problem(401, refusal.code(), "Authentication is required", refusal.getMessage(), errors);
            case FORBIDDEN -> new Problem(403, refusal.code(), "Not allowed", refusal.getMessage(), errors);
            case NOT_FOUND -> new Problem(404, refusal.code(), "Not found", refusal.getMessage(), errors);
            case CONFLICT -> new Problem(409, refusal.code(), "Conflict", refusal.getMessage(), errors);
            case UNPROCESSABLE ->
                new Problem(422, refusal.code(), "The request cannot be carried out", refusal.getMessage(), errors);
            case STALE -> new Problem(412, refusal.code(), "The resource has changed", refusal.getMessage(), errors);
            case VERSION_REQUIRED ->
                new Problem(428, refusal.code(), "A version is required", refusal.getMessage(), errors);
            case TOO_MANY_ATTEMPTS ->
                new Problem(429, refusal.code(), "Too many attempts", refusal.getMessage(), errors);
            case UNAVAILABLE ->
                new Problem(503, refusal.code(), "Temporarily unavailable", refusal.getMessage(), errors);
        };
        refusal.details().forEach(problem::with);
        problem.retryAfter = refusal.retryAfter().orElse(null);
        return problem;
    }

    /** Adds a member to the problem body, such as the conflicting activities of a 409. */
    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    /** How long the client should wait before trying again, sent as {@code Retry-After}. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
