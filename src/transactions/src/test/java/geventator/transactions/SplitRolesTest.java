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

    /** The event role's accounts, former members and closing, asked over HTTP: a close-out across roles. */
    @Test
    void closes_out_across_roles_with_the_kitty_and_a_former_member() {
        try (TestApp users = TestApp.start("user");
                TestApp events = TestApp.start(
                        "event", TestDatabase.freshPrefix(), Map.of("GEVENTATOR_USER_URL", users.baseUrl()));
                TestApp ledger = TestApp.start(
                        "transaction",
                        TestDatabase.freshPrefix(),
                        Map.of("GEVENTATOR_USER_URL", users.baseUrl(), "GEVENTATOR_EVENT_URL", events.baseUrl()))) {
            Person ana = Organizers.register(users.http(), "Ana");
            Person luis = Organizers.register(users.http(), "Luis");
            String eventId = Organizers.event(events.http(), ana);
            Organizers.addMember(events.http(), eventId, ana, luis, "ORGANIZER");
            String kitty = Organizers.accounts(events.http(), eventId, ana)
                    .get(0)
                    .path("id")
                    .asText();
            Http http = ledger.http();
            String base = "/events/" + eventId + "/ledger";
            Map<String, Object> tickets = Organizers.entry("sale", "Tickets", "10", "10.00");
            tickets.put("receivedByAccount", kitty);
            http.post(base + "/entries", purchase("Tent", "1", "40.00"))
                    .bearer(luis.token())
                    .send();
            var sold = http.post(base + "/entries", tickets).bearer(ana.token()).send();
            Organizers.removeMember(events.http(), eventId, ana, luis);

            var statement = http.get(base + "/close-out").bearer(ana.token()).send();
            var confirmed = http.post(
                            base + "/close-out",
                            Map.of("version", statement.json().path("version").asText()))
                    .bearer(ana.token())
                    .send();

            assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
            assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
            assertThat(statement.json().path("transfers"))
                    .extracting(t -> t.path("text").asText())
                    .containsExactly("Kitty pays Luis 70.00 EUR", "Kitty pays Ana 30.00 EUR");
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
            assertThat(confirmed.json().path("recorded")).hasSize(2);
            assertThat(Organizers.status(events.http(), eventId, ana)).isEqualTo("CLOSED");
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
