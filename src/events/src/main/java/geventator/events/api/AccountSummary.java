package geventator.events.api;

/**
 * One of the event's own accounts (its kitty): a bank account, a cash box. Money in can be received by an
 * account instead of a member, money out paid from one. Every event has at least one.
 */
public record AccountSummary(String id, String name) {}
