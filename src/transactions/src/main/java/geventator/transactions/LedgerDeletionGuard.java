package geventator.transactions;

import geventator.events.api.EventDeletionGuard;
import geventator.platform.Caller;
import geventator.transactions.api.Ledgers;
import java.util.Optional;

/** Keeps an event while its ledger holds entries, voided ones included: money on record is never lost. */
final class LedgerDeletionGuard implements EventDeletionGuard {

    private final Ledgers ledgers;

    LedgerDeletionGuard(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public Optional<String> reasonToKeep(String eventId, Caller caller) {
        return ledgers.summary(eventId, caller)
                .filter(summary -> summary.entries() > 0)
                .map(summary -> "its ledger holds " + summary.entries() + " entries, which are never deleted");
    }
}
