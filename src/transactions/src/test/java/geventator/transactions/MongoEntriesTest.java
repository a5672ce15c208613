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
