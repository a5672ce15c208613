package geventator.transactions;

import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * One ledger entry: its current revision and every earlier one, kept in one document so that an edit or a
 * void is a single atomic write conditioned on {@link #version()}.
 *
 * @param timeZone       the event's, which decides the month an entry is totalled in
 * @param idempotencyKey the client's Idempotency-Key, or a key of the server's own when none was sent
 * @param requestHash    a hash of the request that created it, to tell a retry from a different request
 */
record Entry(
        ObjectId id,
        String eventId,
        String currency,
        String timeZone,
        Revision current,
        List<Revision> earlier,
        Voiding voided,
        String recordedBy,
        Instant recordedAt,
        String idempotencyKey,
        String requestHash,
        String importId) {

    Entry {
        earlier = List.copyOf(earlier);
    }

    int version() {
        return current.version();
    }

    boolean isVoided() {
        return voided != null;
    }

    long amountMinor() {
        return Money.toMinor(current.amount(), currency);
    }

    /** Oldest first, the current revision last. */
    List<Revision> history() {
        return java.util.stream.Stream.concat(earlier.stream(), java.util.stream.Stream.of(current))
                .toList();
    }
}
