package geventator.transactions.ledger;

import java.util.List;
import java.util.Optional;

/**
 * Every event's ledger entries. Each write touches one document, so none needs a transaction. Each
 * question the ledger asks of the totals is one method, so that the store may answer each in one pass.
 */
public interface Entries {

    /** A new id, ordered after those handed out before it: entries of one date list newest first by id. */
    EntryId newId();

    /**
     * Stores a new entry unless the event already has one with its idempotency key, in which case that one
     * is returned and nothing is written; safe when two requests with the same key race.
     */
    Stored add(Entry entry);

    record Stored(Entry entry, boolean created) {}

    /**
     * Stores all entries of an import; those already stored by an earlier run of the same import are skipped.
     * Answers how many were written now.
     */
    int addAll(List<Entry> entries);

    Optional<Entry> byId(EventId eventId, EntryId id);

    /** The entry a client's request with this Idempotency-Key recorded, if one did. */
    Optional<Entry> byClientKey(EventId eventId, String idempotencyKey);

    /** Makes {@code next} the current revision if the entry is still at its version and not voided. */
    boolean revise(Entry entry, Revision next);

    /** Voids the entry if it is still at its version and not voided yet. */
    boolean voidEntry(Entry entry, Voiding voiding);

    List<Entry> list(EntryQuery query);

    long count(EventId eventId);

    /** The balance's question: the non-voided entries summed, grouped by kind, category, month and activity. */
    List<Sums> sums(EventId eventId);

    record Sums(Kind kind, String category, String month, String activityId, long minor, long count) {}

    /** The settle-up's question: what left and entered each member's pocket, and the totals by kind. */
    Pockets pockets(EventId eventId);

    /** Over non-voided entries: each member's pocket, and the sums the event's net cost comes from. */
    record Pockets(List<Pocket> members, List<Sums> sums) {}

    /** Minor units that left (paid) and entered (taken) one member's pocket. */
    record Pocket(MemberId member, long paid, long taken) {}
}
