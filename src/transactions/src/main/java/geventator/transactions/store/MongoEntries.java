package geventator.transactions.store;

import static geventator.transactions.store.EntryDocuments.*;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import geventator.platform.Ids;
import geventator.transactions.ledger.Entries;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryId;
import geventator.transactions.ledger.EntryQuery;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.Kind;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Revision;
import geventator.transactions.ledger.Voiding;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Entries in the {@code entries} collection. The unique index on (event, idempotency key) is what makes a
 * create with a key race-safe: of two inserts with one key, the database keeps exactly one.
 */
public final class MongoEntries implements Entries {

    static final String COLLECTION = "entries";

    private final MongoCollection<Document> entries;

    public MongoEntries(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
        entries.createIndex(
                Indexes.ascending(EVENT, IDEMPOTENCY_KEY),
                new IndexOptions().unique(true).name("idempotency_key_unique"));
        entries.createIndex(
                Indexes.compoundIndex(Indexes.ascending(EVENT), Indexes.descending(DATE, "_id")),
                new IndexOptions().name("newest_first"));
        entries.createIndex(Indexes.ascending(EVENT, VOIDED), new IndexOptions().name("live_entries"));
    }

    @Override
    public EntryId newId() {
        return new EntryId(Ids.newId());
    }

    @Override
    public Stored add(Entry entry) {
        try {
            entries.insertOne(toDocument(entry));
            return new Stored(entry, true);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document original = entries.find(Filters.and(
                            Filters.eq(EVENT, entry.eventId().value()),
                            Filters.eq(IDEMPOTENCY_KEY, entry.idempotencyKey())))
                    .first();
            if (original == null) {
                throw e;
            }
            return new Stored(fromDocument(original), false);
        }
    }

    @Override
    public int addAll(List<Entry> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            entries.insertMany(
                    batch.stream().map(EntryDocuments::toDocument).toList(), new InsertManyOptions().ordered(false));
            return batch.size();
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw e;
            }
            return batch.size() - e.getWriteErrors().size();
        }
    }

    @Override
    public Optional<Entry> byId(EventId eventId, EntryId id) {
        return Optional.ofNullable(
                        entries.find(Filters.and(Filters.eq("_id", objectId(id)), Filters.eq(EVENT, eventId.value())))
                                .first())
                .map(EntryDocuments::fromDocument);
    }

    @Override
    public Optional<Entry> byClientKey(EventId eventId, String idempotencyKey) {
        return Optional.ofNullable(entries.find(Filters.and(
                                Filters.eq(EVENT, eventId.value()),
                                Filters.eq(IDEMPOTENCY_KEY, "client:" + idempotencyKey)))
                        .first())
                .map(EntryDocuments::fromDocument);
    }

    @Override
    public boolean revise(Entry entry, Revision next) {
        List<Bson> updates = new ArrayList<>();
        current(next, entry.currency(), entry.timeZone())
                .forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.push(EARLIER, revision(entry.current())));
        return entries.updateOne(unchanged(entry), Updates.combine(updates)).getModifiedCount() == 1;
    }

    @Override
    public boolean voidEntry(Entry entry, Voiding voiding) {
        return entries.updateOne(
                                unchanged(entry),
                                Updates.combine(
                                        Updates.set(VOIDED, true),
                                        Updates.set("voiding", EntryDocuments.voiding(voiding))))
                        .getModifiedCount()
                == 1;
    }

    private static Bson unchanged(Entry entry) {
        return Filters.and(
                Filters.eq("_id", objectId(entry.id())),
                Filters.eq(EVENT, entry.eventId().value()),
                Filters.eq(VERSION, entry.version()),
                Filters.eq(VOIDED, false));
    }

    @Override
    public List<Entry> list(EntryQuery query) {
        List<Bson> filters =
                new ArrayList<>(List.of(Filters.eq(EVENT, query.eventId().value())));
        if (!query.includeVoided()) {
            filters.add(Filters.eq(VOIDED, false));
        }
        if (query.kind() != null) {
            filters.add(Filters.eq(KIND, query.kind().label()));
        }
        if (query.category() != null) {
            filters.add(Filters.eq(CATEGORY, query.category()));
        }
        if (query.member() != null) {
            filters.add(Filters.or(
                    Filters.eq(PAID_BY, query.member()),
                    Filters.eq(RECEIVED_BY, query.member()),
                    Filters.eq(SPLIT_AMONG, query.member())));
        }
        if (query.from() != null) {
            filters.add(Filters.gte(DATE, Date.from(query.from())));
        }
        if (query.to() != null) {
            filters.add(Filters.lt(DATE, Date.from(query.to())));
        }
        if (query.text() != null) {
            filters.add(Filters.regex(CONCEPT, Pattern.compile(Pattern.quote(query.text()), Pattern.CASE_INSENSITIVE)));
        }
        if (query.after() != null) {
            Date date = Date.from(query.after().date());
            filters.add(Filters.or(
                    Filters.lt(DATE, date),
                    Filters.and(
                            Filters.eq(DATE, date),
                            Filters.lt("_id", objectId(query.after().id())))));
        }
        return entries.find(Filters.and(filters))
                .sort(Sorts.descending(DATE, "_id"))
                .limit(query.limit())
                .map(EntryDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public long count(EventId eventId) {
        return entries.countDocuments(Filters.eq(EVENT, eventId.value()));
    }

    @Override
    public List<Sums> sums(EventId eventId) {
        List<Sums> sums = new ArrayList<>();
        for (Document group : entries.aggregate(List.of(live(eventId), sumsGroup()))) {
            sums.add(sumsOf(group));
        }
        return sums;
    }

    /** The balance's grouping of the live entries: by kind, category, month, activity and both accounts. */
    static Bson sumsGroup() {
        Document key = new Document(KIND, "$" + KIND)
                .append(CATEGORY, "$" + CATEGORY)
                .append(MONTH, "$" + MONTH)
                .append(ACTIVITY, "$" + ACTIVITY)
                .append(PAID_FROM_ACCOUNT, "$" + PAID_FROM_ACCOUNT)
                .append(RECEIVED_BY_ACCOUNT, "$" + RECEIVED_BY_ACCOUNT);
        return Aggregates.group(key, Accumulators.sum("minor", "$" + AMOUNT_MINOR), Accumulators.sum("count", 1));
    }

    /** One group of {@link #sumsGroup()}. */
    static Sums sumsOf(Document group) {
        Document id = group.get("_id", Document.class);
        return new Sums(
                Kind.parse(id.getString(KIND)).orElseThrow(),
                id.getString(CATEGORY),
                id.getString(MONTH),
                id.getString(ACTIVITY),
                id.getString(PAID_FROM_ACCOUNT),
                id.getString(RECEIVED_BY_ACCOUNT),
                longValue(group, "minor"),
                longValue(group, "count"));
    }

    /**
     * One aggregation with three facets: the live entries grouped by kind and the pockets on both sides, the
     * live split entries' parts grouped by kind and member, and the state of every entry of the event.
     */
    @Override
    public Pockets pockets(EventId eventId) {
        Bson derived = Filters.regex(IDEMPOTENCY_KEY, "^" + Pattern.quote(DERIVED_KEY_PREFIX));
        Document flowKey = new Document(KIND, "$" + KIND)
                .append(PAID_BY, "$" + PAID_BY)
                .append(PAID_FROM_ACCOUNT, "$" + PAID_FROM_ACCOUNT)
                .append(RECEIVED_BY, "$" + RECEIVED_BY)
                .append(RECEIVED_BY_ACCOUNT, "$" + RECEIVED_BY_ACCOUNT);
        Document partKey = new Document(KIND, "$" + KIND).append(PART_MEMBER, "$" + SPLIT_PARTS + "." + PART_MEMBER);
        Document facets = entries.aggregate(List.of(
                        Aggregates.match(Filters.eq(EVENT, eventId.value())),
                        Aggregates.facet(
                                new Facet(
                                        "flows",
                                        Aggregates.match(Filters.eq(VOIDED, false)),
                                        Aggregates.group(flowKey, Accumulators.sum("minor", "$" + AMOUNT_MINOR))),
                                new Facet(
                                        "parts",
                                        Aggregates.match(Filters.eq(VOIDED, false)),
                                        Aggregates.unwind("$" + SPLIT_PARTS),
                                        Aggregates.group(
                                                partKey,
                                                Accumulators.sum("minor", "$" + SPLIT_PARTS + "." + PART_MINOR))),
                                new Facet(
                                        "state",
                                        Aggregates.match(Filters.not(derived)),
                                        Aggregates.group(
                                                null,
                                                Accumulators.sum("entries", 1),
                                                Accumulators.sum("revisions", "$" + VERSION),
                                                Accumulators.sum(
                                                        "voided", new Document("$cond", List.of("$" + VOIDED, 1, 0))),
                                                Accumulators.max("lastId", "$_id"))),
                                new Facet(
                                        "derived",
                                        Aggregates.match(derived),
                                        Aggregates.group("$" + VOIDED, Accumulators.sum("count", 1))))))
                .first();
        List<Flow> flows = new ArrayList<>();
        for (Document group : facets.getList("flows", Document.class)) {
            Document id = group.get("_id", Document.class);
            flows.add(new Flow(
                    Kind.parse(id.getString(KIND)).orElseThrow(),
                    MemberId.orNull(id.getString(PAID_BY)),
                    id.getString(PAID_FROM_ACCOUNT),
                    MemberId.orNull(id.getString(RECEIVED_BY)),
                    id.getString(RECEIVED_BY_ACCOUNT),
                    longValue(group, "minor")));
        }
        List<Part> parts = new ArrayList<>();
        for (Document group : facets.getList("parts", Document.class)) {
            Document id = group.get("_id", Document.class);
            parts.add(new Part(
                    Kind.parse(id.getString(KIND)).orElseThrow(),
                    new MemberId(id.getString(PART_MEMBER)),
                    longValue(group, "minor")));
        }
        List<Document> state = facets.getList("state", Document.class);
        long derivedLive = 0;
        long derivedVoided = 0;
        for (Document group : facets.getList("derived", Document.class)) {
            if (Boolean.TRUE.equals(group.getBoolean("_id"))) {
                derivedVoided = longValue(group, "count");
            } else {
                derivedLive = longValue(group, "count");
            }
        }
        Document s = state.isEmpty() ? null : state.get(0);
        return new Pockets(
                flows,
                parts,
                new State(
                        s == null ? 0 : longValue(s, "entries"),
                        s == null ? 0 : longValue(s, "revisions"),
                        s == null ? 0 : longValue(s, "voided"),
                        s == null ? null : s.getObjectId("lastId").toHexString(),
                        derivedLive,
                        derivedVoided));
    }

    static Bson live(EventId eventId) {
        return Aggregates.match(Filters.and(Filters.eq(EVENT, eventId.value()), Filters.eq(VOIDED, false)));
    }

    /** $sum answers an int32 when every addend and the total fit one, an int64 otherwise. */
    private static long longValue(Document group, String field) {
        Object value = group.get(field);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new IllegalStateException(field + " summed to " + value + ", not an exact integer");
    }
}
