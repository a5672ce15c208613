package geventator.transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.platform.Caller;
import geventator.platform.http.Problem;
import geventator.transactions.EventGate.EventView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.bson.types.ObjectId;

/** Recording, editing, voiding and reading an event's entries. Nothing is ever deleted. */
final class Ledger {

    private static final int MAX_KEY_LENGTH = 200;

    private final Entries entries;
    private final Access access;
    private final Drafting drafting;
    private final ObjectMapper json;
    private final Clock clock;

    Ledger(Entries entries, Access access, Drafting drafting, ObjectMapper json, Clock clock) {
        this.entries = entries;
        this.access = access;
        this.drafting = drafting;
        this.json = json;
        this.clock = clock;
    }

    record Recorded(Entry entry, boolean created) {}

    /**
     * Records a new entry. With an idempotency key, a repeat of the same request answers the entry the first
     * one created, and the same key with another request answers 422.
     */
    Recorded record(String eventId, Caller caller, EntryDraft draft, String idempotencyKey) {
        EventView event = access.toRecord(eventId, caller);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw Problem.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Instant now = clock.instant();
        Revision revision = drafting.revision(draft, event, caller, now, 1);
        ObjectId id = new ObjectId();
        String hash = hash(caller, draft);
        String key = idempotencyKey != null ? "client:" + idempotencyKey : "server:" + id.toHexString();
        Entries.Stored stored = entries.add(new Entry(
                id,
                eventId,
                event.currency(),
                event.timeZone(),
                revision,
                List.of(),
                null,
                caller.userId(),
                now,
                key,
                hash,
                null));
        if (!stored.created() && !stored.entry().requestHash().equals(hash)) {
            throw Problem.unprocessable(
                    "idempotency-key-reused",
                    "the Idempotency-Key was used with another request; send a new key for a new entry",
                    List.of());
        }
        return new Recorded(stored.entry(), stored.created());
    }

    Entry entry(String eventId, ObjectId entryId, Caller caller) {
        access.toRead(eventId, caller);
        return find(eventId, entryId);
    }

    List<Entry> list(Caller caller, EntryQuery query) {
        access.toRead(query.eventId(), caller);
        return entries.list(query);
    }

    Entry edit(String eventId, ObjectId entryId, Caller caller, EntryDraft change, int expectedVersion) {
        EventView event = access.toRecord(eventId, caller);
        Entry entry = find(eventId, entryId);
        if (entry.isVoided()) {
            throw Problem.conflict("entry-voided", "entry " + entryId + " is voided and can no longer change");
        }
        if (entry.version() != expectedVersion) {
            throw stale(entry);
        }
        Revision next = drafting.revision(
                change.over(EntryDraft.of(entry.current(), entry.currency())),
                event,
                caller,
                clock.instant(),
                entry.version() + 1);
        if (!entries.revise(entry, next)) {
            throw stale(find(eventId, entryId));
        }
        return find(eventId, entryId);
    }

    Entry voidEntry(String eventId, ObjectId entryId, Caller caller, String reason) {
        access.toRecord(eventId, caller);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Problem.invalid("reason", "say in 1 to 500 characters why the entry is voided");
        }
        Entry entry = find(eventId, entryId);
        if (entry.isVoided()) {
            throw Problem.conflict("entry-voided", "entry " + entryId + " is already voided");
        }
        if (!entries.voidEntry(entry, new Voiding(reason.strip(), caller.userId(), clock.instant()))) {
            throw stale(find(eventId, entryId));
        }
        return find(eventId, entryId);
    }

    private Entry find(String eventId, ObjectId entryId) {
        return entries.byId(eventId, entryId)
                .orElseThrow(() -> Problem.notFound("the event has no entry " + entryId.toHexString()));
    }

    private static Problem stale(Entry current) {
        return Problem.preconditionFailed("the entry is at version " + current.version()
                        + (current.isVoided() ? " and voided" : "") + "; read it again and redo the change")
                .with("currentVersion", current.version());
    }

    /** The request's fingerprint: who sent it counts, so a key reused by someone else is not a retry. */
    private String hash(Caller caller, EntryDraft draft) {
        try {
            byte[] canonical = json.writeValueAsBytes(List.of(caller.userId(), draft));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
