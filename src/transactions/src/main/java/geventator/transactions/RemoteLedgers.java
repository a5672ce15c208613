package geventator.transactions;

import geventator.platform.Caller;
import geventator.platform.Peer;
import geventator.transactions.api.LedgerSummary;
import geventator.transactions.api.Ledgers;
import geventator.transactions.ledger.EventId;
import java.util.Optional;

/** The ledger's size when the transaction role runs elsewhere: its HTTP API, with the caller's token. */
final class RemoteLedgers implements Ledgers {

    private final Peer peer;

    RemoteLedgers(Peer peer) {
        this.peer = peer;
    }

    @Override
    public Optional<LedgerSummary> summary(String eventId, Caller caller) {
        if (!EventId.isValid(eventId)) {
            return Optional.empty();
        }
        return peer.get("/events/" + eventId + "/ledger/summary", caller).found(LedgerSummary.class);
    }
}
