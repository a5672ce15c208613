package geventator.transactions.api;

import geventator.platform.Caller;
import java.util.Optional;

/**
 * What other modules may ask of an event's ledger without reading it: how many entries it holds. The
 * event role needs this (through its deletion guard) to refuse deleting an event whose money is on record.
 */
public interface Ledgers {

    /** The ledger's size as the caller may see it; empty when the caller may not see the event. */
    Optional<LedgerSummary> summary(String eventId, Caller caller);
}
