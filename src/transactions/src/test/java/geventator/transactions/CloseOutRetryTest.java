package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.testkit.TestDatabase;
import geventator.transactions.ledger.Bookkeeping;
import geventator.transactions.ledger.ClosingOut;
import geventator.transactions.ledger.EntryDraft;
import geventator.transactions.ledger.EntryQuery;
import geventator.transactions.ledger.EventGate;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Settling;
import geventator.transactions.store.MongoEntries;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A close-out whose last step fails (the event role is down when the books are to be closed) is retried with
 * the same version: it records no transfer twice and closes the event. The ledger is real (the driver against
 * the wire-protocol server); only the event role, which is outside, is a stand-in that fails once.
 */
class CloseOutRetryTest {

    static MongoClient client;
    static MongoEntries entries;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestDatabase.uri());
        entries = new MongoEntries(client.getDatabase(TestDatabase.freshPrefix() + "_transactions"));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void a_retry_after_the_event_role_failed_to_close_records_nothing_twice_and_closes() {
        EventId eventId = new EventId(new ObjectId().toHexString());
        EventRoleDownOnce events = new EventRoleDownOnce(eventId);
        Bookkeeping bookkeeping = new Bookkeeping(entries, events, new ObjectMapper(), Clock.systemUTC());
        ClosingOut closingOut = new ClosingOut(new Settling(entries, events, bookkeeping), bookkeeping, events);
        bookkeeping.record(eventId, EventRoleDownOnce.ANA, draft("investment", "Capital", "1000.00", null), null);
        bookkeeping.record(eventId, EventRoleDownOnce.LUIS, draft("sale", "Tickets", "1800.00", "kitty"), null);
        String version = closingOut.statement(eventId, EventRoleDownOnce.ANA).version();

        assertThatThrownBy(() -> closingOut.confirm(eventId, EventRoleDownOnce.ANA, version, null))
                .isInstanceOf(Refusal.class);
        long afterFailure = count(eventId);
        ClosingOut.Closed retried = closingOut.confirm(eventId, EventRoleDownOnce.ANA, version, null);

        assertThat(afterFailure).isEqualTo(4);
        assertThat(retried.recorded()).isEmpty();
        assertThat(retried.event().closed()).isTrue();
        assertThat(count(eventId)).isEqualTo(4);
        assertThat(events.closings.get()).isEqualTo(2);
        assertThat(closingOut.statement(eventId, EventRoleDownOnce.ANA).result().transfers())
                .isEmpty();
    }

    private static long count(EventId eventId) {
        return entries.list(EntryQuery.page(eventId, 100).includeVoided(true).build())
                .size();
    }

    private static EntryDraft draft(String kind, String concept, String price, String account) {
        return EntryDraft.builder()
                .kind(kind)
                .concept(concept)
                .unitPrice(price)
                .receivedByAccount(account)
                .date("2026-06-02")
                .build();
    }

    /** Ana owns the event and has a stake of 3, Luis organizes; closing the event fails the first time. */
    static final class EventRoleDownOnce implements EventGate {
        static final Caller ANA = new Caller("ana", "ana", "t1");
        static final Caller LUIS = new Caller("luis", "luis", "t2");

        private final EventId eventId;
        private final AtomicBoolean closed = new AtomicBoolean();
        final AtomicInteger closings = new AtomicInteger();

        EventRoleDownOnce(EventId eventId) {
            this.eventId = eventId;
        }

        @Override
        public Optional<EventView> event(EventId id, Caller caller) {
            return Optional.of(view(caller.userId().equals("ana")));
        }

        private EventView view(boolean owner) {
            return new EventView(
                    eventId,
                    true,
                    owner,
                    "EUR",
                    null,
                    null,
                    "Europe/Madrid",
                    closed.get(),
                    List.of(new Account("kitty", "Kitty")));
        }

        @Override
        public Map<String, String> activityTitles(EventId id, Set<String> activityIds, Caller caller) {
            return Map.of();
        }

        @Override
        public List<Person> members(EventId id, Caller caller) {
            return List.of(
                    new Person(new MemberId("ana"), "Ana", true, BigDecimal.ONE, new BigDecimal("3"), false),
                    new Person(new MemberId("luis"), "Luis", true, BigDecimal.ONE, BigDecimal.ONE, false));
        }

        @Override
        public EventView close(EventId id, Caller caller) {
            if (closings.incrementAndGet() == 1) {
                throw Refusal.roleUnavailable("event", "down for the test");
            }
            closed.set(true);
            return view(true);
        }
    }
}
