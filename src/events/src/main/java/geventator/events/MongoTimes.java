package geventator.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;

/**
 * Times kept as a BSON date, which range queries compare as instants, beside the offset the client gave,
 * so that a time comes back as it was written.
 */
final class MongoTimes {

    private MongoTimes() {}

    static void put(Document document, String field, OffsetDateTime time) {
        document.append(field, Date.from(time.toInstant()))
                .append(field + "Offset", time.getOffset().getTotalSeconds());
    }

    static OffsetDateTime get(Document document, String field) {
        Instant instant = document.getDate(field).toInstant();
        return instant.atOffset(ZoneOffset.ofTotalSeconds(document.getInteger(field + "Offset", 0)));
    }
}
