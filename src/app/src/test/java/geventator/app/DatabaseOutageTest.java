package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RestartableDatabase;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database stops under a running app (every role in one process) and comes back: meanwhile every
 * request that needs it is answered 503 {@code database-unavailable} with Retry-After, readiness says 503,
 * and afterwards the app works again by itself with every acknowledged write there and nothing half-written.
 */
class DatabaseOutageTest {

    private static final String PASSWORD = "correct horse battery";

    static RestartableDatabase database;
    static TestApp app;

    @BeforeAll
    static void start() {
        database = RestartableDatabase.start();
        app = TestApp.start("all", TestDatabase.freshPrefix(), Map.of(), database.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
        database.close();
    }

    @Test
    void with_the_database_stopped_requests_get_503_database_unavailable_and_all_recovers_when_it_returns() {
        Http http = app.http();
        String token = signUp(http);
        String eventId = createEvent(http, token);
        String entries = "/events/" + eventId + "/ledger/entries";
        assertThat(http.post(entries, entry("before")).bearer(token).send().status())
                .isEqualTo(201);

        database.stop();
        List<Duration> waits = new ArrayList<>();
        List<Http.Reply> answers = new ArrayList<>();
        for (Http.Call call : List.of(
                http.post(entries, entry("during")).bearer(token).header("Idempotency-Key", "during"),
                http.get(entries).bearer(token),
                http.get("/events/" + eventId).bearer(token),
                http.post("/events", event()).bearer(token),
                http.post("/users", registration("newcomer")))) {
            long started = System.nanoTime();
            answers.add(call.send());
            waits.add(Duration.ofNanos(System.nanoTime() - started));
        }
        long readyStarted = System.nanoTime();
        var ready = http.get("/health/ready").send();
        Duration readyWait = Duration.ofNanos(System.nanoTime() - readyStarted);
        System.out.printf(
                "database down: 503 after %s ms per request, readiness 503 after %d ms%n",
                waits.stream().map(Duration::toMillis).toList(), readyWait.toMillis());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asText()).isEqualTo("urn:geventator:problem:database-unavailable");
            assertThat(answer.header("Retry-After")).isNotBlank();
        });
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.contentType()).startsWith("application/problem+json");
        assertThat(app.http().get("/health/live").send().status()).isEqualTo(200);

        database.resume();
        assertThat(readyAgain(http)).as("ready again once the database is back").isTrue();
        var after = http.post(entries, entry("after")).bearer(token).send();
        var list = http.get(entries).bearer(token).send();
        var balance =
                http.get("/events/" + eventId + "/ledger/balance").bearer(token).send();

        assertThat(after.status()).as(after.toString()).isEqualTo(201);
        assertThat(StreamSupport.stream(list.json().path("items").spliterator(), false)
                        .map(item -> item.path("concept").asText()))
                .as("the write answered 503 left nothing behind")
                .containsExactlyInAnyOrder("before", "after");
        assertThat(new BigDecimal(balance.json().path("net").asText())).isEqualByComparingTo("5.00");
    }

    /** Readiness asked again and again, for at most 30 s, until it answers 200. */
    private static boolean readyAgain(Http http) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (http.get("/health/ready").send().status() == 200) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> entry(String concept) {
        return Map.of("kind", "sale", "concept", concept, "unitPrice", "2.50");
    }

    private static String signUp(Http http) {
        return TestUsers.signUp(http, "outage", "outage");
    }

    private static Map<String, Object> registration(String username) {
        return Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "displayName",
                username,
                "password",
                PASSWORD);
    }

    private static Map<String, Object> event() {
        return Map.of(
                "name",
                "Outage fair",
                "start",
                "2027-07-01T09:00:00+02:00",
                "end",
                "2027-07-01T23:00:00+02:00",
                "timeZone",
                "Europe/Berlin");
    }

    private static String createEvent(Http http, String token) {
        var created = http.post("/events", event()).bearer(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
