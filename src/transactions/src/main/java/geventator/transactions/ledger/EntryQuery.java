package geventator.transactions.ledger;

import java.time.Instant;

/**
 * One page of an event's entries, newest first, after {@code after} when it is set. Built by name:
 * {@link #page(EventId, int)} then the filters that apply.
 *
 * @param member a user id as the client sent it, matched against whose pocket the money touched
 */
public record EntryQuery(
        EventId eventId,
        Kind kind,
        String category,
        String member,
        Instant from,
        Instant to,
        String text,
        boolean includeVoided,
        int limit,
        Position after) {

    /** Where a page ended: entries are ordered by date, then id, both descending. */
    public record Position(Instant date, EntryId id) {

        public static Position after(Entry last) {
            return new Position(last.current().date(), last.id());
        }
    }

    public static Builder page(EventId eventId, int limit) {
        return new Builder(eventId, limit);
    }

    public static final class Builder {
        private final EventId eventId;
        private final int limit;
        private Kind kind;
        private String category;
        private String member;
        private Instant from;
        private Instant to;
        private String text;
        private boolean includeVoided;
        private Position after;

        private Builder(EventId eventId, int limit) {
            this.eventId = eventId;
            this.limit = limit;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder member(String member) {
            this.member = member;
            return this;
        }

        /** From {@code from} (inclusive) to {@code to} (exclusive); either may be null. */
        public Builder dated(Instant from, Instant to) {
            this.from = from;
            this.to = to;
            return this;
        }

        /** Entries whose concept contains {@code text}, regardless of case. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder includeVoided(boolean includeVoided) {
            this.includeVoided = includeVoided;
            return this;
        }

        public Builder after(Position after) {
            this.after = after;
            return this;
        }

        public EntryQuery build() {
            return new EntryQuery(eventId, kind, category, member, from, to, text, includeVoided, limit, after);
        }
    }
}
