package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import geventator.platform.Caller;
import geventator.testkit.TestDatabase;
import geventator.transactions.ledger.Balancing;
import geventator.transactions.ledger.Budgeting;
import geventator.transactions.ledger.EventGate;
import geventator.transactions.ledger.EventId;
import geventator.transactions.store.MongoBalanceSheets;
import geventator.transactions.store.MongoBudgets;
import geventator.transactions.store.MongoEntries;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A budget names many activities; setting it and reading the balance against it each ask the event role
 * about them once, not once per activity (in split mode every question is a request to another VM). The
 * ledger is real; only the event role, which is outside, is a stand-in that counts its questions.
 */
class ActivityTitlesInOneQuestionTest {

    static final Caller OWNER = new Caller("ana", "ana", "t1");
    static final String STAGE = new ObjectId().toHexString();
    static final String BAR = new ObjectId().toHexString();
    static final String LIGHTS = new ObjectId().toHexString();

    static MongoClient client;
    static MongoDatabase database;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestDatabase.uri());
        database = client.getDatabase(TestDatabase.freshPrefix() + "_transactions");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void a_budget_of_three_activities_is_checked_and_its_balance_titled_in_one_question_each() {
        EventId eventId = new EventId(new ObjectId().toHexString());
        CountingEventRole events = new CountingEventRole(eventId, Map.of(STAGE, "Stage", BAR, "Bar", LIGHTS, "Lights"));
        MongoBudgets budgets = new MongoBudgets(database);
        Budgeting budgeting = new Budgeting(budgets, events, Clock.systemUTC());
        Balancing balancing =
                new Balancing(new MongoBalanceSheets(database, new MongoEntries(database), budgets), events);

        budgeting.setBudget(eventId, OWNER, Map.of(), Map.of(STAGE, "10.00", BAR, "20.00", LIGHTS, "30.00"));
        int afterBudget = events.questions.get();
        Balancing.Report report = balancing.balance(eventId, OWNER);

        assertThat(afterBudget).isEqualTo(1);
        assertThat(events.questions).hasValue(2);
        assertThat(report.activityPlans().stream()
                        .collect(Collectors.toMap(Balancing.Plan::name, Balancing.Plan::title)))
                .isEqualTo(Map.of(STAGE, "Stage", BAR, "Bar", LIGHTS, "Lights"));
    }

    @Test
    void a_balance_that_names_no_activity_asks_nothing_about_activities() {
        EventId eventId = new EventId(new ObjectId().toHexString());
        CountingEventRole events = new CountingEventRole(eventId, Map.of(STAGE, "Stage"));
        MongoBudgets budgets = new MongoBudgets(database);
        Budgeting budgeting = new Budgeting(budgets, events, Clock.systemUTC());
        Balancing balancing =
                new Balancing(new MongoBalanceSheets(database, new MongoEntries(database), budgets), events);

        budgeting.setBudget(eventId, OWNER, Map.of("food", "10.00"), Map.of());
        Balancing.Report report = balancing.balance(eventId, OWNER);

        assertThat(events.questions).hasValue(0);
        assertThat(report.activityPlans()).isEmpty();
    }

    /** An event Ana owns, with the given activities; counts the questions about activities. */
    static final class CountingEventRole implements EventGate {
        private final EventId eventId;
        private final Map<String, String> titles;
        final AtomicInteger questions = new AtomicInteger();

        CountingEventRole(EventId eventId, Map<String, String> titles) {
            this.eventId = eventId;
            this.titles = titles;
        }

        @Override
        public Optional<EventView> event(EventId id, Caller caller) {
            return Optional.of(new EventView(
                    eventId,
                    true,
                    true,
                    "EUR",
                    null,
                    null,
                    "Europe/Madrid",
                    false,
                    List.of(new Account("kitty", "Kitty"))));
        }

        @Override
        public Map<String, String> activityTitles(EventId id, Set<String> activityIds, Caller caller) {
            questions.incrementAndGet();
            return titles.entrySet().stream()
                    .filter(title -> activityIds.contains(title.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public List<Person> members(EventId id, Caller caller) {
            return List.of();
        }

        @Override
        public EventView close(EventId id, Caller caller) {
            throw new UnsupportedOperationException("the balance never closes an event");
        }
    }
}
