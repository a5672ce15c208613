package geventator.transactions;

import static geventator.transactions.MongoEntriesTest.entry;
import static geventator.transactions.MongoEntriesTest.newEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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
import java.time.Instant;
import java.util.Map;
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

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestDatabase.uri());
        MongoDatabase database = client.getDatabase(TestDatabase.freshPrefix() + "_transactions");
        entries = new MongoEntries(database);
        budgets = new MongoBudgets(database);
        sheets = new MongoBalanceSheets(database);
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

    private static Budget budget(EventId event, Map<String, Long> categories) {
        return Budget.none(event)
                .withCategories(categories)
                .by(new MemberId("u1"), Instant.parse("2026-05-01T12:00:00Z"));
    }
}
