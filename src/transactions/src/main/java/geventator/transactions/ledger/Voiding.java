package geventator.transactions.ledger;

import java.time.Instant;

/** Why, by whom and when an entry was voided: it stays listed but is left out of every total. */
public record Voiding(String reason, MemberId by, Instant at) {}
