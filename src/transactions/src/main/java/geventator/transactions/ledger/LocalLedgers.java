package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.transactions.api.LedgerSummary;
import geventator.transactions.api.Ledgers;
import java.util.Optional;

/** The ledger's size where the transaction role runs: what the event role asks before deleting an event. */
public final class LocalLedgers implements Ledgers {

    private final Entries entries;
    private final Access access;

    public LocalLedgers(Entries entries, EventGate events) {
        this.entries = entries;
        this.access = new Access(events);
    }

    @Override
    public Optional<LedgerSummary> summary(String eventId, Caller caller) {
        return EventId.parse(eventId)
                .flatMap(id -> access.ifReadable(id, caller))
                .map(event -> summary(event.eventId()));
    }

    /** The size of a ledger the caller may read; refused as not found otherwise. */
    public LedgerSummary summary(EventId eventId, Caller caller) {
        access.toRead(eventId, caller);
        return summary(eventId);
    }

    private LedgerSummary summary(EventId eventId) {
        return new LedgerSummary(eventId.value(), entries.count(eventId));
    }
}
