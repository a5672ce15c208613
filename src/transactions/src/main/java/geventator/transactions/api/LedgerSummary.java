package geventator.transactions.api;

/** How many entries an event's ledger holds, voided ones included: none is ever deleted. */
public record LedgerSummary(String eventId, long entries) {}
