package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestEvents;
import geventator.testkit.TestUsers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ledger in split mode: the user, event and transaction roles of the built jar as three processes, each
 * told the others' URLs. The transaction role checks membership by calling the event role over HTTP, and
 * the event role asks the transaction role before deleting an event.
 */
@TestMethodOrder(OrderAnnotation.class)
class LedgerSplitIT {

    static RoleProcess users;
    static RoleProcess events;
    static RoleProcess ledger;
    static Http userApi;
    static Http eventApi;
    static Http ledgerApi;
    static String prefix;
    static String ana;
    static String luis;

    @BeforeAll
    static void start() {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        prefix = TestDatabase.freshPrefix();
        int userPort = RoleProcess.freePort();
        int eventPort = RoleProcess.freePort();
        int ledgerPort = RoleProcess.freePort();
        Map<String, String> urls = Map.of(
                "user-url",
                "http://127.0.0.1:" + userPort,
                "event-url",
                "http://127.0.0.1:" + eventPort,
                "transaction-url",
                "http://127.0.0.1:" + ledgerPort);
        users = process(jar, "user", userPort, urls);
        events = process(jar, "event", eventPort, urls);
        ledger = process(jar, "transaction", ledgerPort, urls);
        userApi = users.http();
        eventApi = events.http();
        ledgerApi = ledger.http();
        ana = signUp("ana");
        luis = signUp("luis");
    }

    @AfterAll
    static void stop() {
        for (RoleProcess process : new RoleProcess[] {ledger, events, users}) {
            if (process != null) {
                process.stop();
            }
        }
    }

    @Test
    @Order(1)
    void two_organizers_keep_the_ledger_and_settle_up_across_roles() {
        String base = "/events/" + eventWithLuis() + "/ledger";

        post(base, ana, entry("purchase", "Drinks", "30", "3.00", "food"));
        post(base, luis, entry("purchase", "Sound system", "1", "150.00", "sound"));
        post(base, luis, entry("sponsorship", "Bakery", "1", "100.00", null));
        post(base, ana, entry("sale", "Tickets", "25", "8.00", "tickets"));
        String wrong = post(base, ana, entry("purchase", "Drinks", "30", "3.00", null))
                .path("id")
                .asText();
        var voided = ledgerApi
                .post(base + "/entries/" + wrong + "/void", Map.of("reason", "twice"))
                .bearer(ana)
                .send();
        var budget = ledgerApi
                .put(base + "/budget", Map.of("categories", Map.of("food", "80.00")))
                .bearer(ana)
                .send();
        JsonNode balance = ledgerApi.get(base + "/balance").bearer(luis).send().json();
        var csv = ledgerApi.get(base + "/export.csv").bearer(luis).send();
        JsonNode transfers =
                ledgerApi.get(base + "/settle-up").bearer(luis).send().json().path("transfers");
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.List<Integer> settled = new java.util.ArrayList<>();
        for (JsonNode transfer : transfers) {
            texts.add(transfer.path("text").asText());
            // a suggested transfer is posted back as it is
            settled.add(ledgerApi
                    .post(base + "/settle-up/transfers", transfer)
                    .bearer(ana)
                    .send()
                    .status());
        }
        JsonNode after = ledgerApi.get(base + "/settle-up").bearer(ana).send().json();

        assertThat(voided.status()).as(voided + "\n" + ledger.output()).isEqualTo(200);
        assertThat(budget.status()).isEqualTo(200);
        assertThat(balance.path("net").asText()).isEqualTo("60.00");
        assertThat(balance.path("budget")
                        .path("categories")
                        .get(0)
                        .path("overBudget")
                        .asBoolean())
                .isTrue();
        assertThat(csv.text()).startsWith("id,date,kind,concept").contains("Bakery");
        // the profit of 60.00 stays with the event (issue 10): Ana, who took in 200.00, hands it to the kitty
        assertThat(texts).containsExactly("Ana pays Kitty 60.00 EUR", "Ana pays Luis 50.00 EUR");
        assertThat(settled).containsExactly(201, 201);
        assertThat(after.path("transfers")).isEmpty();
    }

    @Test
    @Order(2)
    void a_viewer_or_outsider_is_refused_by_asking_the_event_role() {
        String eventId = createEvent(ana);
        String sam = signUp("sam");

        var outsider = ledgerApi
                .post("/events/" + eventId + "/ledger/entries", entry("purchase", "Tent", "1", "1.00", null))
                .bearer(sam)
                .send();

        assertThat(outsider.status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void the_event_role_keeps_an_event_whose_ledger_holds_entries() {
        String eventId = createEvent(ana);
        post("/events/" + eventId + "/ledger", ana, entry("expense", "Fee", "1", "5.00", null));

        var refused = eventApi.delete("/events/" + eventId).bearer(ana).send();

        assertThat(refused.status()).as(refused + "\n" + events.output()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("ledger holds 1 entries");
    }

    @Test
    @Order(4)
    void with_the_event_role_stopped_writes_answer_503_and_nothing_is_written() {
        String eventId = createEvent(ana);
        String base = "/events/" + eventId + "/ledger";
        post(base, ana, entry("expense", "Fee", "1", "5.00", null));
        long before = storedEntries();
        events.stop();

        var write = ledgerApi
                .post(base + "/entries", entry("expense", "Fee", "1", "5.00", null))
                .bearer(ana)
                .send();
        var transfer = ledgerApi
                .post(base + "/settle-up/transfers", Map.of("from", "a", "to", "b", "amount", "1.00"))
                .bearer(ana)
                .send();

        assertThat(write.status()).as(write.toString()).isEqualTo(503);
        assertThat(write.json().path("role").asText()).isEqualTo("event");
        assertThat(transfer.status()).isEqualTo(503);
        assertThat(storedEntries()).isEqualTo(before);
        assertThat(ledger.isAlive()).isTrue();
    }

    static RoleProcess process(Path jar, String role, int port, Map<String, String> urls) {
        RoleProcess.Builder builder = RoleProcess.of(jar, role)
                .flag("port", String.valueOf(port))
                .flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", prefix);
        urls.forEach(builder::flag);
        return builder.start();
    }

    static long storedEntries() {
        try (MongoClient client = MongoClients.create(TestDatabase.uri())) {
            return client.getDatabase(prefix + "_transactions")
                    .getCollection("entries")
                    .countDocuments();
        }
    }

    static JsonNode post(String base, String token, Map<String, Object> body) {
        var created = ledgerApi.post(base + "/entries", body).bearer(token).send();
        assertThat(created.status()).as(created + "\n" + ledger.output()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> entry(String kind, String concept, String quantity, String price, String category) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("concept", concept);
        body.put("quantity", quantity);
        body.put("unitPrice", price);
        body.put("date", "2027-07-01");
        if (category != null) {
            body.put("category", category);
        }
        return body;
    }

    static String eventWithLuis() {
        String eventId = createEvent(ana);
        var added = eventApi.post("/events/" + eventId + "/members", Map.of("username", "luis", "role", "ORGANIZER"))
                .bearer(ana)
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return eventId;
    }

    static String createEvent(String token) {
        return TestEvents.streetFestival(eventApi, token, events::output);
    }

    static String signUp(String username) {
        return TestUsers.signUp(userApi, username, Character.toUpperCase(username.charAt(0)) + username.substring(1));
    }

    @Test
    @Order(3)
    void the_documented_ledger_walkthrough_script_runs_against_the_three_roles() throws Exception {
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory("geventator-ledger-walkthrough");
        ProcessBuilder script = new ProcessBuilder(
                        "bash",
                        java.nio.file.Path.of("../../docs/ledger-walkthrough.sh")
                                .toAbsolutePath()
                                .toString())
                .directory(work.toFile())
                .redirectErrorStream(true);
        script.environment().put("USER_URL", users.baseUrl());
        script.environment().put("EVENT_URL", events.baseUrl());
        script.environment().put("LEDGER_URL", ledger.baseUrl());
        Process run = script.start();
        boolean done = run.waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!done) {
            run.destroyForcibly();
        }
        assertThat(done).as(output).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("Ana pays Kitty 60.00 EUR")
                .contains("Ana pays Luis 50.00 EUR")
                .contains("\"transfers\":0");
    }
}
