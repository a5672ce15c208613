package geventator.transactions;

import static geventator.transactions.MongoEntriesTest.entry;
import static geventator.transactions.MongoEntriesTest.newEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import geventator.testkit.TestDatabase;
import geventator.transactions.ledger.BalanceSheets;
import geventator.transactions.ledger.Budget;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.Kind;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Voiding;
import geventator.transactions.store.MongoBalanceSheets;
import geventator.transactions.store.MongoBudgets;
import geventator.transactions.store.MongoEntries;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The balance's one aggregation against the real driver and the test database: it must answer exactly what
 * the two separate questions it replaces answer ({@link MongoEntries#sums} and {@link MongoBudgets#of}), for
 * an event with entries and a budget, with only one of them, and with neither, and never another event's.
 */
class MongoBalanceSheetsTest {

    static MongoClient client;
    static MongoEntries entries;
    static MongoBudgets budgets;
    static MongoBalanceSheets sheets;
    static MongoBalanceSheets refusing;
    static final AtomicInteger refusals = new AtomicInteger();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestDatabase.uri());
        MongoDatabase database = client.getDatabase(TestDatabase.freshPrefix() + "_transactions");
        entries = new MongoEntries(database);
        budgets = new MongoBudgets(database);
        sheets = new MongoBalanceSheets(database, entries, budgets);
        refusing = new MongoBalanceSheets(refusingTheJoinedAggregation(database), entries, budgets);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void entries_and_a_budget_come_back_as_the_two_questions_answer_them() {
        EventId event = newEvent();
        EventId other = newEvent();
        entries.add(entry(event, Kind.SALE, "12.50", "server:a"));
        entries.add(entry(event, Kind.SALE, "0.10", "server:b"));
        entries.add(entry(event, Kind.PURCHASE, "40.00", "server:c"));
        Entry voided = entry(event, Kind.PURCHASE, "1000.00", "server:d");
        entries.add(voided);
        entries.voidEntry(voided, new Voiding("typo", new MemberId("u1"), Instant.parse("2026-05-02T10:00:00Z")));
        entries.add(entry(other, Kind.SALE, "99.00", "server:e"));
        budgets.put(budget(event, Map.of("food", 5_000L)), "EUR");
        budgets.put(budget(other, Map.of("drinks", 7_000L)), "EUR");

        BalanceSheets.Sheet sheet = sheets.of(event);

        assertThat(sheet.sums()).containsExactlyInAnyOrderElementsOf(entries.sums(event));
        assertThat(sheet.sums())
                .extracting(s -> s.kind() + " " + s.minor() + " " + s.count())
                .containsExactlyInAnyOrder("SALE 1260 2", "PURCHASE 4000 1");
        assertThat(sheet.budget()).isEqualTo(budgets.of(event));
        assertThat(sheet.budget().orElseThrow().categories()).isEqualTo(Map.of("food", 5_000L));
    }

    @Test
    void entries_without_a_budget() {
        EventId event = newEvent();
        entries.add(entry(event, Kind.DONATION, "5.00", "server:f"));

        BalanceSheets.Sheet sheet = sheets.of(event);

        assertThat(sheet.sums()).containsExactlyInAnyOrderElementsOf(entries.sums(event));
        assertThat(sheet.sums()).hasSize(1);
        assertThat(sheet.budget()).isEmpty();
    }

    @Test
    void a_budget_before_any_entry() {
        EventId event = newEvent();
        budgets.put(budget(event, Map.of("stage", 120_000L)), "EUR");

        BalanceSheets.Sheet sheet = sheets.of(event);

        assertThat(sheet.sums()).isEmpty();
        assertThat(sheet.budget()).isEqualTo(budgets.of(event));
        assertThat(sheet.budget()).isPresent();
    }

    @Test
    void neither_entries_nor_a_budget() {
        BalanceSheets.Sheet sheet = sheets.of(newEvent());

        assertThat(sheet.sums()).isEmpty();
        assertThat(sheet.budget()).isEmpty();
    }

    @Test
    void when_mongodb_refuses_the_one_aggregation_the_two_questions_answer_the_same() {
        EventId event = newEvent();
        entries.add(entry(event, Kind.SALE, "7.00", "server:g"));
        entries.add(entry(event, Kind.PURCHASE, "2.50", "server:h"));
        budgets.put(budget(event, Map.of("food", 900L)), "EUR");
        int before = refusals.get();

        BalanceSheets.Sheet sheet = refusing.of(event);

        assertThat(refusals.get()).as("the joined aggregation was refused").isEqualTo(before + 1);
        assertThat(sheet).isEqualTo(sheets.of(event));
        assertThat(sheet.sums()).hasSize(2);
        assertThat(sheet.budget()).isPresent();
    }

    /**
     * The database as it is, except that its entries collection refuses an aggregation with a {@code $lookup}
     * as MongoDB refuses a document over 16 MB (the in-process server does not enforce that size).
     */
    private static MongoDatabase refusingTheJoinedAggregation(MongoDatabase real) {
        return proxy(MongoDatabase.class, real, (method, args) -> {
            Object answer = method.invoke(real, args);
            if (method.getName().equals("getCollection") && "entries".equals(args[0])) {
                @SuppressWarnings("unchecked")
                MongoCollection<Document> collection = (MongoCollection<Document>) answer;
                return proxy(MongoCollection.class, collection, (m, a) -> {
                    if (m.getName().equals("aggregate") && a.length == 1 && joins((List<?>) a[0])) {
                        refusals.incrementAndGet();
                        throw new MongoCommandException(
                                new BsonDocument("ok", new BsonDouble(0))
                                        .append("code", new BsonInt32(10334))
                                        .append("codeName", new BsonString("BSONObjectTooLarge"))
                                        .append("errmsg", new BsonString("BSONObj size: 17825792 is invalid")),
                                new ServerAddress());
                    }
                    return m.invoke(collection, a);
                });
            }
            return answer;
        });
    }

    private static boolean joins(List<?> pipeline) {
        return pipeline.stream()
                .map(stage ->
                        ((Bson) stage).toBsonDocument(Document.class, MongoClientSettings.getDefaultCodecRegistry()))
                .anyMatch(stage -> stage.containsKey("$lookup"));
    }

    interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object real, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return call.invoke(method, args == null ? new Object[0] : args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static Budget budget(EventId event, Map<String, Long> categories) {
        return Budget.none(event)
                .withCategories(categories)
                .by(new MemberId("u1"), Instant.parse("2026-05-01T12:00:00Z"));
    }
}
