package geventator.transactions.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One page of an event's entries, newest first, after {@code after} when it is set. Built by name:
 * {@link #page(EventId, int)} then the filters that apply.
 *
 * @param member a user id as the client sent it, matched against whose pocket the money touched
 * @param fromDay the first day, where the event happens; resolved to {@code from} by {@link #inZone(ZoneId)}
 * @param toDay the last day (inclusive), where the event happens; resolved to {@code to} likewise
 */
public record EntryQuery(
        EventId eventId,
        Kind kind,
        String category,
        String member,
        Instant from,
        Instant to,
        LocalDate fromDay,
        LocalDate toDay,
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

    /** The query with its days turned into instants: a day runs from its midnight to the next, in that zone. */
    public EntryQuery inZone(ZoneId zone) {
        Instant start =
                fromDay == null ? from : later(from, fromDay.atStartOfDay(zone).toInstant());
        Instant end = toDay == null
                ? to
                : earlier(to, toDay.plusDays(1).atStartOfDay(zone).toInstant());
        return new EntryQuery(
                eventId, kind, category, member, start, end, null, null, text, includeVoided, limit, after);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** The same query asking for one more entry than a page holds, to know whether another page follows. */
    public EntryQuery oneMore() {
        return new EntryQuery(
                eventId, kind, category, member, from, to, fromDay, toDay, text, includeVoided, limit + 1, after);
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
        private LocalDate fromDay;
        private LocalDate toDay;
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

        /** From the day {@code from} to the day {@code to}, both inclusive, in the event's time zone. */
        public Builder days(LocalDate from, LocalDate to) {
            this.fromDay = from;
            this.toDay = to;
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
            return new EntryQuery(
                    eventId, kind, category, member, from, to, fromDay, toDay, text, includeVoided, limit, after);
        }
    }
}
