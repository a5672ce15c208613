package geventator.transactions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * How an entry is stored. Amounts are kept twice: as Decimal128 (the exact decimal, for reading) and as a
 * {@code long} count of minor units ({@code amountMinor}), which is what the database sums, because $sum
 * over int64 is exact both on MongoDB and on the in-process wire-protocol server the tests use, and needs
 * no Decimal128 support in the aggregation engine.
 */
final class EntryDocuments {

    static final String EVENT = "eventId";
    static final String VERSION = "version";
    static final String VOIDED = "voided";
    static final String DATE = "date";
    static final String KIND = "kind";
    static final String CATEGORY = "category";
    static final String MONTH = "month";
    static final String ACTIVITY = "activityId";
    static final String PAID_BY = "paidBy";
    static final String RECEIVED_BY = "receivedBy";
    static final String CONCEPT = "concept";
    static final String AMOUNT_MINOR = "amountMinor";
    static final String EARLIER = "earlier";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

    private EntryDocuments() {}

    static Document toDocument(Entry entry) {
        Document document = new Document("_id", entry.id())
                .append(EVENT, entry.eventId())
                .append("currency", entry.currency())
                .append("timeZone", entry.timeZone())
                .append("recordedBy", entry.recordedBy())
                .append("recordedAt", Date.from(entry.recordedAt()))
                .append(IDEMPOTENCY_KEY, entry.idempotencyKey())
                .append("requestHash", entry.requestHash())
                .append("importId", entry.importId())
                .append(VOIDED, entry.isVoided())
                .append("voiding", entry.isVoided() ? voiding(entry.voided()) : null);
        document.putAll(current(entry.current(), entry.currency(), entry.timeZone()));
        document.append(
                EARLIER, entry.earlier().stream().map(EntryDocuments::revision).toList());
        return document;
    }

    /** The top-level fields that hold the current revision, with what the database groups and sums by. */
    static Document current(Revision revision, String currency, String timeZone) {
        return revision(revision)
                .append(MONTH, MONTH_FORMAT.format(revision.date().atZone(ZoneId.of(timeZone))))
                .append(AMOUNT_MINOR, Money.toMinor(revision.amount(), currency));
    }

    static Document revision(Revision r) {
        return new Document(VERSION, r.version())
                .append(KIND, r.kind().label())
                .append(CONCEPT, r.concept())
                .append("description", r.description())
                .append("quantity", new Decimal128(r.quantity()))
                .append("unitPrice", new Decimal128(r.unitPrice()))
                .append("amount", new Decimal128(r.amount()))
                .append(DATE, Date.from(r.date()))
                .append(CATEGORY, r.category())
                .append(ACTIVITY, r.activityId())
                .append("counterparty", r.counterparty())
                .append(PAID_BY, r.paidBy())
                .append(RECEIVED_BY, r.receivedBy())
                .append("tags", r.tags())
                .append("note", r.note())
                .append("outsideEvent", r.outsideEvent())
                .append("revisedBy", r.revisedBy())
                .append("revisedAt", Date.from(r.revisedAt()));
    }

    static Document voiding(Voiding v) {
        return new Document("reason", v.reason()).append("by", v.by()).append("at", Date.from(v.at()));
    }

    static Entry fromDocument(Document d) {
        List<Revision> earlier = new ArrayList<>();
        for (Document revision : d.getList(EARLIER, Document.class, List.of())) {
            earlier.add(toRevision(revision));
        }
        Document voiding = d.get("voiding", Document.class);
        return new Entry(
                d.getObjectId("_id"),
                d.getString(EVENT),
                d.getString("currency"),
                d.getString("timeZone"),
                toRevision(d),
                earlier,
                voiding == null
                        ? null
                        : new Voiding(
                                voiding.getString("reason"),
                                voiding.getString("by"),
                                voiding.getDate("at").toInstant()),
                d.getString("recordedBy"),
                d.getDate("recordedAt").toInstant(),
                d.getString(IDEMPOTENCY_KEY),
                d.getString("requestHash"),
                d.getString("importId"));
    }

    private static Revision toRevision(Document d) {
        return new Revision(
                d.getInteger(VERSION),
                Kind.parse(d.getString(KIND)).orElseThrow(),
                d.getString(CONCEPT),
                d.getString("description"),
                decimal(d, "quantity"),
                decimal(d, "unitPrice"),
                decimal(d, "amount"),
                d.getDate(DATE).toInstant(),
                d.getString(CATEGORY),
                d.getString(ACTIVITY),
                d.getString("counterparty"),
                d.getString(PAID_BY),
                d.getString(RECEIVED_BY),
                d.getList("tags", String.class, List.of()),
                d.getString("note"),
                d.getBoolean("outsideEvent", false),
                d.getString("revisedBy"),
                d.getDate("revisedAt").toInstant());
    }

    private static BigDecimal decimal(Document d, String field) {
        return d.get(field, Decimal128.class).bigDecimalValue();
    }

    static Instant instant(Document d, String field) {
        return d.getDate(field).toInstant();
    }
}
