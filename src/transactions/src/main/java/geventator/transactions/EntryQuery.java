package geventator.transactions;

import java.time.Instant;
import org.bson.types.ObjectId;

/** One page of an event's entries, newest first, after {@code after} when it is set. */
record EntryQuery(
        String eventId,
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
    record Position(Instant date, ObjectId id) {}
}
