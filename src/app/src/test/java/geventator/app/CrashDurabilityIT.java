package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestUsers;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The built jar on its embedded database (no mongodb-uri), killed with SIGKILL while several writers record
 * accounts, events and ledger entries through HTTP; started again on the same data directory, it still has
 * every write that had been answered 2xx, and the balance is the sum of the entries it lists.
 *
 * <p>{@code -Dgeventator.crashes=5} repeats the kill five times on the same data directory and reports the
 * acknowledged writes lost over all of them.
 */
class CrashDurabilityIT {

    private static final int WRITERS = 4;
    /** The kill comes once this many writes have been answered, while the writers keep going. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;

    private static final String PASSWORD = "correct horse battery";

    @Test
    void every_acknowledged_write_survives_a_sigkill_under_load() throws Exception {
        int crashes = Integer.getInteger("geventator.crashes", 1);
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        RoleProcess process = RoleProcess.of(jar, "all").start();
        Http http = process.http();
        String token = signUp(http, "owner");
        String eventId = createEvent(http, token);
        Acknowledged acknowledged = new Acknowledged();
        int lost = 0;
        try {
            for (int crash = 1; crash <= crashes; crash++) {
                writeUntilKilled(process, token, eventId, crash, acknowledged);
                process = process.restart();
                List<String> missing = missing(process.http(), token, eventId, acknowledged);
                lost += missing.size();
                System.out.printf(
                        "SIGKILL %d of %d: %d writes acknowledged so far (%d entries, %d events, %d accounts),"
                                + " %d lost%n",
                        crash,
                        crashes,
                        acknowledged.total(),
                        acknowledged.entries.size(),
                        acknowledged.events.size(),
                        acknowledged.accounts.size(),
                        missing.size());
                assertThat(missing)
                        .as("acknowledged but gone after SIGKILL " + crash)
                        .isEmpty();
                assertBalanceIsTheSumOfTheList(process.http(), token, eventId);
            }
        } finally {
            process.stop();
        }
        System.out.printf(
                "acknowledged writes lost after %d SIGKILLs: %d of %d%n", crashes, lost, acknowledged.total());
    }

    private static void writeUntilKilled(
            RoleProcess process, String token, String eventId, int crash, Acknowledged acknowledged)
            throws InterruptedException {
        Http http = process.http();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; ; i++) {
                    String name = "c" + crash + "w" + writer + "n" + i;
                    try {
                        write(http, token, eventId, name, i, acknowledged);
                    } catch (UncheckedIOException killed) {
                        return;
                    }
                    if (answered.incrementAndGet() >= ACKNOWLEDGED_BEFORE_KILL) {
                        enough.countDown();
                    }
                }
            });
        }
        enough.await(60, TimeUnit.SECONDS);
        process.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(answered.get())
                .as("writes answered before the kill")
                .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
    }

    /** One write of three kinds in turn; remembered only when the server answered 201. */
    private static void write(Http http, String token, String eventId, String name, int i, Acknowledged acknowledged) {
        if (i % 10 == 3) {
            var created = http.post("/users", registration(name)).send();
            if (created.status() == 201) {
                acknowledged.accounts.put(created.json().path("id").asText(), name);
            }
        } else if (i % 10 == 7) {
            var created = http.post("/events", event(name)).bearer(token).send();
            if (created.status() == 201) {
                acknowledged.events.put(created.json().path("id").asText(), name);
            }
        } else {
            String price = (i % 7 + 1) + "." + (i % 100 < 10 ? "0" : "") + (i % 100);
            var created = http.post(
                            "/events/" + eventId + "/ledger/entries",
                            Map.of(
                                    "kind",
                                    i % 3 == 0 ? "purchase" : "sale",
                                    "concept",
                                    name,
                                    "quantity",
                                    "1",
                                    "unitPrice",
                                    price))
                    .bearer(token)
                    .header("Idempotency-Key", name)
                    .send();
            if (created.status() == 201) {
                acknowledged.entries.put(
                        created.json().path("id").asText(),
                        created.json().path("signedAmount").asText());
            }
        }
    }

    private static List<String> missing(Http http, String token, String eventId, Acknowledged acknowledged) {
        List<String> missing = new ArrayList<>();
        Map<String, String> listed = entries(http, token, eventId);
        acknowledged.entries.forEach((id, amount) -> {
            if (!amount.equals(listed.get(id))) {
                missing.add("entry " + id + " (" + amount + ")");
            }
        });
        acknowledged.events.forEach((id, name) -> {
            var found = http.get("/events/" + id).bearer(token).send();
            if (found.status() != 200 || !found.json().path("name").asText().equals(name)) {
                missing.add("event " + id + " " + name + ": " + found);
            }
        });
        acknowledged.accounts.forEach((id, username) -> {
            var found = http.get("/users/" + id).bearer(token).send();
            if (found.status() != 200 || !found.json().path("username").asText().equals(username)) {
                missing.add("account " + id + " " + username + ": " + found);
            }
        });
        return missing;
    }

    private static void assertBalanceIsTheSumOfTheList(Http http, String token, String eventId) {
        BigDecimal sum = entries(http, token, eventId).values().stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        JsonNode balance = http.get("/events/" + eventId + "/ledger/balance")
                .bearer(token)
                .send()
                .json();
        assertThat(new BigDecimal(balance.path("net").asText())).isEqualByComparingTo(sum);
    }

    /** Every entry the ledger lists, id to signed amount, page by page. */
    private static Map<String, String> entries(Http http, String token, String eventId) {
        Map<String, String> all = new HashMap<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            var page = http.get("/events/" + eventId + "/ledger/entries?limit=200"
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .bearer(token)
                    .send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json()
                    .path("items")
                    .forEach(item -> all.put(
                            item.path("id").asText(), item.path("signedAmount").asText()));
            cursor = page.json().path("nextCursor").isTextual()
                    ? page.json().path("nextCursor").asText()
                    : null;
        } while (cursor != null && cursors.add(cursor));
        return all;
    }

    private static String signUp(Http http, String username) {
        return TestUsers.signUp(http, username, username);
    }

    private static String createEvent(Http http, String token) {
        var created =
                http.post("/events", event("Crash festival")).bearer(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
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

    private static Map<String, Object> event(String name) {
        return Map.of(
                "name",
                name,
                "start",
                "2027-07-01T09:00:00+02:00",
                "end",
                "2027-07-01T23:00:00+02:00",
                "timeZone",
                "Europe/Berlin",
                "currency",
                "EUR");
    }

    /** What the server answered 201 to: id to what was written. */
    private static final class Acknowledged {
        final Map<String, String> entries = new ConcurrentHashMap<>();
        final Map<String, String> events = new ConcurrentHashMap<>();
        final Map<String, String> accounts = new ConcurrentHashMap<>();

        int total() {
            return entries.size() + events.size() + accounts.size();
        }
    }
}
