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

    /**
     * The balance's question: the non-voided entries summed, grouped by kind, category, month, activity and the
     * event's accounts the money left or entered.
     */
    List<Sums> sums(EventId eventId);

    record Sums(
            Kind kind,
            String category,
            String month,
            String activityId,
            String paidFromAccount,
            String receivedByAccount,
            long minor,
            long count) {}

    /**
     * Keys of the entries the ledger derives itself (a close-out's transfers), which no client's key can take:
     * the {@link State} leaves them out, so that recording them does not change the version they came from.
     */
    String DERIVED_KEY_PREFIX = "ledger:";

    /**
     * The settle-up's question, answered in one pass: over the non-voided entries, what left and entered each
     * pocket (a member or one of the event's accounts) by kind, each member's parts of split entries by kind,
     * and the state of the whole ledger.
     */
    Pockets pockets(EventId eventId);

    record Pockets(List<Flow> flows, List<Part> parts, State state) {}

    /**
     * Minor units of one kind from one pocket to another; a side the kind has not (money in has no payer) is
     * null on both its member and its account.
     */
    record Flow(
            Kind kind,
            MemberId paidBy,
            String paidFromAccount,
            MemberId receivedBy,
            String receivedByAccount,
            long minor) {}

    /** One member's parts of the split entries of one kind. */
    record Part(Kind kind, MemberId member, long minor) {}

    /**
     * What changes with every new, edited or voided entry: over the entries (voided included) other than the
     * derived ones, how many, their versions summed, how many are voided and the newest id; and how many
     * derived entries there are, live and voided.
     */
    record State(long entries, long revisions, long voided, String lastId, long derived, long derivedVoided) {}
}
