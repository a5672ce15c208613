package geventator.platform.http;

/** One rejected field of a request: where it is ({@code email}, {@code members[2].role}) and why. */
public record FieldError(String field, String reason) {}
