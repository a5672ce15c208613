package geventator.events.api;

/** A member of an event. */
public record MemberSummary(String userId, String username, String displayName, MemberRole role) {}
