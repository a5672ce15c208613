package geventator.transactions;

import geventator.events.api.CurrencyLock;
import geventator.platform.Caller;
import geventator.transactions.api.Ledgers;
import java.util.Optional;

/**
 * Keeps an event's currency while its ledger holds entries, voided ones included: their amounts are on record
 * in that currency, and a new one would rescale them (12.50 EUR read as 1250 JPY).
 */
final class LedgerCurrencyLock implements CurrencyLock {

    private final Ledgers ledgers;

    LedgerCurrencyLock(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public Optional<String> reasonToKeepCurrency(String eventId, Caller caller) {
        return ledgers.summary(eventId, caller)
                .filter(summary -> summary.entries() > 0)
                .map(summary -> "its ledger holds " + summary.entries() + " entries in it");
    }
}
