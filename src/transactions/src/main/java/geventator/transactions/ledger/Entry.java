package geventator.transactions.ledger;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * One ledger entry: its current revision and every earlier one, kept in one document so that an edit or a
 * void is a single atomic write conditioned on {@link #version()}. Built by name: {@link #builder()}.
 *
 * @param timeZone       the event's, which decides the month an entry is totalled in
 * @param idempotencyKey the client's Idempotency-Key, or a key of the server's own when none was sent
 * @param requestHash    a hash of the request that created it, to tell a retry from a different request
 */
public record Entry(
        EntryId id,
        EventId eventId,
        String currency,
        String timeZone,
        Revision current,
        List<Revision> earlier,
        Voiding voided,
        MemberId recordedBy,
        Instant recordedAt,
        String idempotencyKey,
        String requestHash,
        String importId) {

    public Entry {
        earlier = List.copyOf(earlier);
    }

    public int version() {
        return current.version();
    }

    public boolean isVoided() {
        return voided != null;
    }

    /** Oldest first, the current revision last. */
    public List<Revision> history() {
        return Stream.concat(earlier.stream(), Stream.of(current)).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private EntryId id;
        private EventId eventId;
        private String currency;
        private String timeZone;
        private Revision current;
        private List<Revision> earlier = List.of();
        private Voiding voided;
        private MemberId recordedBy;
        private Instant recordedAt;
        private String idempotencyKey;
        private String requestHash;
        private String importId;

        private Builder() {}

        public Builder id(EntryId id) {
            this.id = id;
            return this;
        }

        /** The event's ledger it belongs to, in the event's currency and time zone. */
        public Builder ledger(EventId eventId, String currency, String timeZone) {
            this.eventId = eventId;
            this.currency = currency;
            this.timeZone = timeZone;
            return this;
        }

        /** A new entry: its first revision, recorded by whoever revised it first, when they did. */
        public Builder first(Revision first) {
            return current(first).recorded(first.revisedBy(), first.revisedAt());
        }

        public Builder current(Revision current) {
            this.current = current;
            return this;
        }

        public Builder earlier(List<Revision> earlier) {
            this.earlier = earlier;
            return this;
        }

        public Builder voided(Voiding voided) {
            this.voided = voided;
            return this;
        }

        public Builder recorded(MemberId by, Instant at) {
            this.recordedBy = by;
            this.recordedAt = at;
            return this;
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public Builder requestHash(String requestHash) {
            this.requestHash = requestHash;
            return this;
        }

        public Builder importId(String importId) {
            this.importId = importId;
            return this;
        }

        public Entry build() {
            return new Entry(
                    id,
                    eventId,
                    currency,
                    timeZone,
                    current,
                    earlier,
                    voided,
                    recordedBy,
                    recordedAt,
                    idempotencyKey,
                    requestHash,
                    importId);
        }
    }
}
