package geventator.transactions.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Text;
import geventator.transactions.ledger.EventGate.EventView;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Recording, editing, voiding and reading an event's entries. Nothing is ever deleted. */
public final class Bookkeeping {

    private static final int MAX_KEY_LENGTH = 200;

    private final Entries entries;
    private final Access access;
    private final Drafting drafting;
    private final ObjectMapper json;
    private final Clock clock;

    public Bookkeeping(Entries entries, EventGate events, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.access = new Access(events);
        this.drafting = new Drafting(events);
        this.json = json;
        this.clock = clock;
    }

    public record Recorded(Entry entry, boolean created) {}

    /**
     * Records a new entry. With an idempotency key, a repeat of the same request answers the entry the first
     * one created, and the same key with another request is refused.
     */
    public Recorded record(EventId eventId, Caller caller, EntryDraft draft, String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            access.toRecord(eventId, caller);
            throw Refusal.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return store(eventId, caller, draft, idempotencyKey == null ? null : "client:" + idempotencyKey);
    }

    /**
     * Records an entry the ledger itself derived (a close-out's transfer) under a key of its own, which no
     * client's Idempotency-Key can take: a retry with the same key records nothing twice.
     */
    Recorded recordDerived(EventId eventId, Caller caller, EntryDraft draft, String key) {
        return store(eventId, caller, draft, key);
    }

    private Recorded store(EventId eventId, Caller caller, EntryDraft draft, String key) {
        EventView event = access.toRecord(eventId, caller);
        Revision revision = drafting.revision(draft, event, caller, clock.instant(), 1);
        EntryId id = entries.newId();
        String hash = fingerprint(caller, revision, draft.date() != null);
        Entries.Stored stored = entries.add(Entry.builder()
                .id(id)
                .ledger(eventId, event.currency(), event.timeZone())
                .first(revision)
                .idempotencyKey(key != null ? key : "server:" + id.value())
                .requestHash(hash)
                .build());
        if (!stored.created() && !stored.entry().requestHash().equals(hash)) {
            throw Refusal.unprocessable(
                    "idempotency-key-reused",
                    "the Idempotency-Key was used with another request; send a new key for a new entry");
        }
        return new Recorded(stored.entry(), stored.created());
    }

    public Entry entry(EventId eventId, EntryId entryId, Caller caller) {
        access.toRead(eventId, caller);
        return find(eventId, entryId);
    }

    /** A page of entries, and whether another follows it. */
    public record Page(List<Entry> entries, boolean more) {}

    /** A page of entries; the query's days are days where the event happens. */
    public Page list(Caller caller, EntryQuery query) {
        EventView event = access.toRead(query.eventId(), caller);
        List<Entry> found = entries.list(query.oneMore().inZone(event.zone()));
        return found.size() > query.limit() ? new Page(found.subList(0, query.limit()), true) : new Page(found, false);
    }

    /**
     * Edits an entry as JSON Merge Patch: {@code change} holds what is sent with a value, {@code cleared} the
     * fields sent as {@code null}. An edit that changes nothing adds no revision and answers the entry as it is.
     */
    public Entry edit(
            EventId eventId,
            EntryId entryId,
            Caller caller,
            EntryDraft change,
            Set<String> cleared,
            long expectedVersion) {
        EventView event = access.toRecord(eventId, caller);
        Entry entry = find(eventId, entryId);
        if (entry.isVoided()) {
            throw Refusal.conflict("entry-voided", "entry " + entryId + " is voided and can no longer change");
        }
        if (entry.version() != expectedVersion) {
            throw stale(entry);
        }
        Revision next = drafting.revision(
                Patching.merged(entry.current(), entry.currency(), change, cleared),
                event,
                caller,
                clock.instant(),
                entry.version() + 1,
                entry.current());
        if (Patching.changesNothing(entry.current(), next)) {
            return entry;
        }
        if (!entries.revise(entry, next)) {
            throw stale(find(eventId, entryId));
        }
        return find(eventId, entryId);
    }

    public Entry voidEntry(EventId eventId, EntryId entryId, Caller caller, String reason) {
        access.toRecord(eventId, caller);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Refusal.invalid("reason", "say in 1 to 500 characters why the entry is voided");
        }
        Entry entry = find(eventId, entryId);
        if (entry.isVoided()) {
            throw Refusal.conflict("entry-voided", "entry " + entryId + " is already voided");
        }
        if (!entries.voidEntry(entry, new Voiding(reason.strip(), new MemberId(caller.userId()), clock.instant()))) {
            throw stale(find(eventId, entryId));
        }
        return find(eventId, entryId);
    }

    private Entry find(EventId eventId, EntryId entryId) {
        return entries.byId(eventId, entryId).orElseThrow(() -> Refusal.notFound("the event has no entry " + entryId));
    }

    /**
     * The request's fingerprint, taken from what it means rather than how it was written: the revision it
     * makes (so {@code "quantity":"1"} and no quantity, {@code "4.5"} and {@code "4.50"}, a day and the same
     * instant are one request), without the moment it was made and, when the request named no date, without
     * the date the server gave it. Who sent it counts, so a key reused by someone else is not a retry.
     */
    private String fingerprint(Caller caller, Revision r, boolean dated) {
        List<Object> meaning = Arrays.asList(
                caller.userId(),
                r.kind().label(),
                r.concept(),
                r.description(),
                r.quantity().stripTrailingZeros().toPlainString(),
                r.unitPrice().stripTrailingZeros().toPlainString(),
                dated ? r.date().toString() : null,
                r.category(),
                r.activityId(),
                r.counterparty(),
                MemberId.text(r.paidBy()),
                MemberId.text(r.receivedBy()),
                r.paidFromAccount(),
                r.receivedByAccount(),
                r.splitAmong().stream().map(MemberId::value).toList(),
                r.tags(),
                r.note());
        try {
            return Text.sha256Hex(json.writeValueAsBytes(meaning));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }

    private static Refusal stale(Entry current) {
        return Refusal.stale("the entry is at version " + current.version() + (current.isVoided() ? " and voided" : "")
                        + "; read it again and redo the change")
                .with("currentVersion", current.version());
    }
}
