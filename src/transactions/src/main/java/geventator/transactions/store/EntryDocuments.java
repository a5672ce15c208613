package geventator.transactions.store;

import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryId;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.Kind;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Money;
import geventator.transactions.ledger.Revision;
import geventator.transactions.ledger.Voiding;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

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
    static final String PAID_FROM_ACCOUNT = "paidFromAccount";
    static final String RECEIVED_BY_ACCOUNT = "receivedByAccount";
    static final String SPLIT_AMONG = "splitAmong";
    /** The current revision's split as each member's part in minor units, which the settle-up sums. */
    static final String SPLIT_PARTS = "splitParts";

    static final String PART_MEMBER = "member";
    static final String PART_MINOR = "minor";
    static final String CONCEPT = "concept";
    static final String AMOUNT_MINOR = "amountMinor";
    static final String EARLIER = "earlier";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

    private EntryDocuments() {}

    static ObjectId objectId(EntryId id) {
        return new ObjectId(id.value());
    }

    static Document toDocument(Entry entry) {
        Document document = new Document("_id", objectId(entry.id()))
                .append(EVENT, entry.eventId().value())
                .append("currency", entry.currency())
                .append("timeZone", entry.timeZone())
                .append("recordedBy", entry.recordedBy().value())
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
        List<Document> parts = new ArrayList<>();
        revision.splitParts(currency)
                .forEach((member, minor) ->
                        parts.add(new Document(PART_MEMBER, member.value()).append(PART_MINOR, minor)));
        return revision(revision)
                .append(MONTH, MONTH_FORMAT.format(revision.date().atZone(ZoneId.of(timeZone))))
                .append(AMOUNT_MINOR, Money.toMinor(revision.amount(), currency))
                .append(SPLIT_PARTS, parts);
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
                .append(PAID_BY, MemberId.text(r.paidBy()))
                .append(RECEIVED_BY, MemberId.text(r.receivedBy()))
                .append(PAID_FROM_ACCOUNT, r.paidFromAccount())
                .append(RECEIVED_BY_ACCOUNT, r.receivedByAccount())
                .append(
                        SPLIT_AMONG,
                        r.splitAmong().stream().map(MemberId::value).toList())
                .append("tags", r.tags())
                .append("note", r.note())
                .append("outsideEvent", r.outsideEvent())
                .append("revisedBy", r.revisedBy().value())
                .append("revisedAt", Date.from(r.revisedAt()));
    }

    static Document voiding(Voiding v) {
        return new Document("reason", v.reason()).append("by", v.by().value()).append("at", Date.from(v.at()));
    }

    static Entry fromDocument(Document d) {
        List<Revision> earlier = new ArrayList<>();
        for (Document revision : d.getList(EARLIER, Document.class, List.of())) {
            earlier.add(toRevision(revision));
        }
        Document voiding = d.get("voiding", Document.class);
        return Entry.builder()
                .id(new EntryId(d.getObjectId("_id").toHexString()))
                .ledger(new EventId(d.getString(EVENT)), d.getString("currency"), d.getString("timeZone"))
                .current(toRevision(d))
                .earlier(earlier)
                .voided(
                        voiding == null
                                ? null
                                : new Voiding(
                                        voiding.getString("reason"),
                                        new MemberId(voiding.getString("by")),
                                        voiding.getDate("at").toInstant()))
                .recorded(
                        new MemberId(d.getString("recordedBy")),
                        d.getDate("recordedAt").toInstant())
                .idempotencyKey(d.getString(IDEMPOTENCY_KEY))
                .requestHash(d.getString("requestHash"))
                .importId(d.getString("importId"))
                .build();
    }

    private static Revision toRevision(Document d) {
        return Revision.builder()
                .version(d.getInteger(VERSION))
                .kind(Kind.parse(d.getString(KIND)).orElseThrow())
                .concept(d.getString(CONCEPT))
                .description(d.getString("description"))
                .pricing(decimal(d, "quantity"), decimal(d, "unitPrice"), decimal(d, "amount"))
                .date(d.getDate(DATE).toInstant())
                .category(d.getString(CATEGORY))
                .activityId(d.getString(ACTIVITY))
                .counterparty(d.getString("counterparty"))
                .paidBy(MemberId.orNull(d.getString(PAID_BY)))
                .receivedBy(MemberId.orNull(d.getString(RECEIVED_BY)))
                .paidFromAccount(d.getString(PAID_FROM_ACCOUNT))
                .receivedByAccount(d.getString(RECEIVED_BY_ACCOUNT))
                .splitAmong(d.getList(SPLIT_AMONG, String.class, List.of()).stream()
                        .map(MemberId::new)
                        .toList())
                .tags(d.getList("tags", String.class, List.of()))
                .note(d.getString("note"))
                .outsideEvent(d.getBoolean("outsideEvent", false))
                .revised(
                        new MemberId(d.getString("revisedBy")),
                        d.getDate("revisedAt").toInstant())
                .build();
    }

    private static BigDecimal decimal(Document d, String field) {
        return d.get(field, Decimal128.class).bigDecimalValue();
    }
}
