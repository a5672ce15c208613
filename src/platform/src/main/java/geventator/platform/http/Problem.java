package geventator.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return new Problem(400, "validation", "The request has invalid fields",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
                        : errors.size() + " fields are invalid", errors);
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
        return new Problem(503, "role-unavailable", "Another role is unavailable",
                "the " + role + " role did not answer: " + reason, List.of()).with("role", role);
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
        return Map.copyOf(extensions);
    }
}
