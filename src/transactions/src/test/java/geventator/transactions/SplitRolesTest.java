package geventator.transactions;

import static geventator.transactions.Organizers.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import geventator.transactions.Organizers.Person;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three roles as three servers in this JVM, talking only over HTTP: the transaction role checks
 * membership with the event role, and answers 503 and writes nothing when the event role is down. The
 * jar-based split-mode IT (separate processes) is the stronger version of this test.
 */
class SplitRolesTest {

    @Test
    void checks_membership_over_http_and_answers_503_when_the_event_role_is_down() {
        try (TestApp users = TestApp.start("user");
                TestApp events = TestApp.start(
                        "event", TestDatabase.freshPrefix(), Map.of("GEVENTATOR_USER_URL", users.baseUrl()));
                TestApp ledger = TestApp.start(
                        "transaction",
                        TestDatabase.freshPrefix(),
                        Map.of("GEVENTATOR_USER_URL", users.baseUrl(), "GEVENTATOR_EVENT_URL", events.baseUrl()))) {
            Person ana = Organizers.register(users.http(), "Ana");
            Person sam = Organizers.register(users.http(), "Sam");
            String eventId = Organizers.event(events.http(), ana);
            Http http = ledger.http();
            String entries = "/events/" + eventId + "/ledger/entries";

            var recorded = http.post(entries, purchase("Tent", "1", "80.00"))
                    .bearer(ana.token())
                    .send();
            var outsider = http.post(entries, purchase("Tent", "1", "80.00"))
                    .bearer(sam.token())
                    .send();
            events.close();
            var whileDown = http.post(entries, purchase("Chairs", "1", "20.00"))
                    .bearer(ana.token())
                    .send();

            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            assertThat(outsider.status()).isEqualTo(404);
            assertThat(whileDown.status()).as(whileDown.toString()).isEqualTo(503);
            assertThat(whileDown.json().path("role").asText()).isEqualTo("event");
            assertThat(storedEntries(ledger)).isEqualTo(1);
        }
    }

    static long storedEntries(TestApp ledger) {
        try (MongoClient client = MongoClients.create(TestDatabase.uri())) {
            return client.getDatabase(ledger.databasePrefix() + "_transactions")
                    .getCollection("entries")
                    .countDocuments();
        }
    }
}
