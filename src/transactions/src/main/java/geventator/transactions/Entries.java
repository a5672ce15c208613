package geventator.transactions;

import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;

/** Every event's ledger entries. Each write touches one document, so none needs a transaction. */
interface Entries {

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

    Optional<Entry> byId(String eventId, ObjectId id);

    /** Makes {@code next} the current revision if the entry is still at its version and not voided. */
    boolean revise(Entry entry, Revision next);

    /** Voids the entry if it is still at its version and not voided yet. */
    boolean voidEntry(Entry entry, Voiding voiding);

    List<Entry> list(EntryQuery query);

    long count(String eventId);

    /** The non-voided entries summed in the database, grouped by kind, category, month and activity. */
    List<Sums> sums(String eventId);

    record Sums(Kind kind, String category, String month, String activityId, long minor, long count) {}

    /** Minor units that left (paid) and entered (taken) each member's pocket, over non-voided entries. */
    List<Pocket> pockets(String eventId);

    record Pocket(String userId, long paid, long taken) {}
}
