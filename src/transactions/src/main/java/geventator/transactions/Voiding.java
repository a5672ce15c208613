package geventator.transactions;

import java.time.Instant;

/** Why, by whom and when an entry was voided: it stays listed but is left out of every total. */
record Voiding(String reason, String by, Instant at) {}
