package geventator.users.api;

/** The public fields of a user: what any signed-in user may see of another. */
public record UserSummary(String id, String username, String displayName) {}
