package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import geventator.testkit.TestDatabase;
import geventator.transactions.ledger.Entries;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryId;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.Kind;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Revision;
import geventator.transactions.store.MongoEntries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The storage port against the real driver and the test database, where the database must sum exactly. */
class MongoEntriesTest {

    static MongoClient client;
    static MongoEntries entries;
    static com.mongodb.client.MongoDatabase database;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestDatabase.uri());
        database = client.getDatabase(TestDatabase.freshPrefix() + "_transactions");
        entries = new MongoEntries(database);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void sums_cents_exactly_where_binary_floating_point_would_drift() {
        EventId event = newEvent();
        for (int i = 0; i < 10; i++) {
            entries.add(entry(event, Kind.SALE, "0.10", "server:" + i));
        }
        entries.add(entry(event, Kind.PURCHASE, "999999999.99", "server:big"));

        List<Entries.Sums> sums = entries.sums(event);

        assertThat(sums)
                .extracting(Entries.Sums::kind, Entries.Sums::minor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.SALE, 100L),
                        org.assertj.core.groups.Tuple.tuple(Kind.PURCHASE, 99_999_999_999L));
    }

    @Test
    void keeps_one_entry_per_idempotency_key() {
        EventId event = newEvent();
        Entry first = entry(event, Kind.SALE, "5.00", "client:k");

        assertThat(entries.add(first).created()).isTrue();
        Entries.Stored again = entries.add(entry(event, Kind.SALE, "6.00", "client:k"));

        assertThat(again.created()).isFalse();
        assertThat(again.entry().id()).isEqualTo(first.id());
        assertThat(entries.count(event)).isEqualTo(1);
    }

    @Test
    void reads_back_decimals_with_their_scale() {
        EventId event = newEvent();
        Entry entry = entry(event, Kind.EXPENSE, "12.50", "server:x");
        entries.add(entry);

        Entry read = entries.byId(event, entry.id()).orElseThrow();

        assertThat(read.current().amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(read.current().unitPrice().toPlainString()).isEqualTo("12.50");
    }

    /** An entry stored before issue 10 has no accounts and no split: it reads as the event's, paid by a member. */
    @Test
    void reads_an_entry_stored_before_accounts_and_splits_as_it_was() {
        EventId event = newEvent();
        Entry entry = entry(event, Kind.PURCHASE, "7.50", "server:old");
        entries.add(entry);
        database.getCollection("entries")
                .updateOne(
                        com.mongodb.client.model.Filters.eq(
                                "_id", new ObjectId(entry.id().value())),
                        com.mongodb.client.model.Updates.combine(
                                com.mongodb.client.model.Updates.unset("paidFromAccount"),
                                com.mongodb.client.model.Updates.unset("receivedByAccount"),
                                com.mongodb.client.model.Updates.unset("splitAmong"),
                                com.mongodb.client.model.Updates.unset("splitParts")));

        Entry read = entries.byId(event, entry.id()).orElseThrow();
        Entries.Pockets pockets = entries.pockets(event);

        assertThat(database.getCollection("entries")
                        .find(com.mongodb.client.model.Filters.eq(
                                "_id", new ObjectId(entry.id().value())))
                        .first())
                .doesNotContainKeys("paidFromAccount", "splitAmong", "splitParts");
        assertThat(read.current().paidBy()).isEqualTo(new MemberId("u1"));
        assertThat(read.current().paidFromAccount()).isNull();
        assertThat(read.current().splitAmong()).isEmpty();
        assertThat(pockets.flows())
                .containsExactly(new Entries.Flow(Kind.PURCHASE, new MemberId("u1"), null, null, null, 750));
        assertThat(pockets.parts()).isEmpty();
        assertThat(pockets.state().entries()).isEqualTo(1);
    }

    @Test
    void answers_the_pockets_of_members_accounts_and_splits_in_one_aggregation() {
        EventId event = newEvent();
        Entry dinner = entry(event, Kind.PURCHASE, "10.01", "server:dinner");
        Revision split = new Revision(
                1,
                Kind.PURCHASE,
                "dinner",
                null,
                BigDecimal.ONE,
                new BigDecimal("10.01"),
                new BigDecimal("10.01"),
                dinner.current().date(),
                null,
                null,
                null,
                null,
                null,
                "kitty",
                null,
                List.of(new MemberId("u2"), new MemberId("u1")),
                List.of(),
                null,
                false,
                new MemberId("u1"),
                dinner.current().revisedAt());
        entries.add(Entry.builder()
                .id(dinner.id())
                .ledger(event, "EUR", "Europe/Madrid")
                .first(split)
                .idempotencyKey("server:dinner")
                .requestHash("h")
                .build());
        entries.add(entry(event, Kind.SALE, "3.00", "server:sale"));

        Entries.Pockets pockets = entries.pockets(event);

        assertThat(pockets.flows())
                .containsExactlyInAnyOrder(
                        new Entries.Flow(Kind.PURCHASE, null, "kitty", null, null, 1001),
                        new Entries.Flow(Kind.SALE, null, null, new MemberId("u1"), null, 300));
        assertThat(pockets.parts())
                .containsExactlyInAnyOrder(
                        new Entries.Part(Kind.PURCHASE, new MemberId("u1"), 501),
                        new Entries.Part(Kind.PURCHASE, new MemberId("u2"), 500));
        assertThat(pockets.state().entries()).isEqualTo(2);
        assertThat(pockets.state().lastId()).isNotNull();
    }

    static EventId newEvent() {
        return new EventId(new ObjectId().toHexString());
    }

    static Entry entry(EventId event, Kind kind, String price, String key) {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        BigDecimal amount = new BigDecimal(price);
        MemberId u1 = new MemberId("u1");
        Revision revision = Revision.builder()
                .version(1)
                .kind(kind)
                .concept("thing")
                .pricing(BigDecimal.ONE, amount, amount)
                .date(now)
                .category("food")
                .paidBy(kind.hasPayer() ? u1 : null)
                .receivedBy(kind.hasReceiver() ? u1 : null)
                .revised(u1, now)
                .build();
        return Entry.builder()
                .id(new EntryId(new ObjectId().toHexString()))
                .ledger(event, "EUR", "Europe/Madrid")
                .first(revision)
                .idempotencyKey(key)
                .requestHash("h")
                .build();
    }
}
