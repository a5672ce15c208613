package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestEvents;
import geventator.testkit.TestUsers;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to the built jar while four writers record ledger entries: the running requests finish, what
 * arrives meanwhile is answered 503 {@code shutting-down}, every request gets an answer, every 2xx is stored
 * and nothing is stored that was not answered 2xx.
 */
class GracefulShutdownIT {

    private static final int WRITERS = 4;
    private static final int ANSWERED_BEFORE_SIGTERM = 60;

    @Test
    void sigterm_drains_running_requests_answers_503_meanwhile_and_loses_no_acknowledged_write() throws Exception {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        RoleProcess process = RoleProcess.of(jar, "all").start();
        Http http = process.http();
        String token = signUp(http);
        String eventId = TestEvents.oneDay(http, token, "Stopping fair");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> refused = new CopyOnWriteArrayList<>();
        List<String> unanswered = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; ; i++) {
                    String concept = "w" + writer + "n" + i;
                    Http.Reply reply;
                    try {
                        reply = http.post(
                                        "/events/" + eventId + "/ledger/entries",
                                        Map.of("kind", "sale", "concept", concept, "unitPrice", "2.50"))
                                .bearer(token)
                                .header("Idempotency-Key", concept)
                                .send();
                    } catch (UncheckedIOException noAnswer) {
                        unanswered.add(concept + ": " + noAnswer.getCause());
                        return;
                    }
                    if (answered.incrementAndGet() >= ANSWERED_BEFORE_SIGTERM) {
                        enough.countDown();
                    }
                    if (reply.status() == 201) {
                        acknowledged.add(concept);
                    } else if (reply.status() == 503
                            && reply.contentType().startsWith("application/problem+json")
                            && reply.json().path("type").asText().equals("urn:geventator:problem:shutting-down")
                            && reply.header("Retry-After") != null) {
                        refused.add(concept);
                        return;
                    } else {
                        other.add(concept + ": " + reply);
                        return;
                    }
                }
            });
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).isTrue();
        process.terminate();
        assertThat(process.awaitExit(Duration.ofSeconds(30)))
                .as("the process ends after SIGTERM:\n" + process.output())
                .isPresent();
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        RoleProcess restarted = process.restart();
        try {
            Set<String> stored = concepts(restarted.http(), token, eventId);
            System.out.printf(
                    "SIGTERM under %d writers: %d answered 201, %d answered 503, %d without an answer%n",
                    WRITERS, acknowledged.size(), refused.size(), unanswered.size());
            assertThat(unanswered).as("requests without an answer").isEmpty();
            assertThat(other).as("answers other than 201 and 503").isEmpty();
            assertThat(refused)
                    .as("every writer was told 503 once the server was stopping")
                    .hasSize(WRITERS);
            assertThat(stored)
                    .as("stored entries are exactly the acknowledged ones")
                    .isEqualTo(acknowledged);
            assertThat(process.output()).contains("Stopping: refusing new requests");
        } finally {
            restarted.stop();
        }
    }

    private static Set<String> concepts(Http http, String token, String eventId) {
        Set<String> concepts = new HashSet<>();
        String cursor = null;
        do {
            var page = http.get("/events/" + eventId + "/ledger/entries?limit=200"
                            + (cursor == null ? "" : "&cursor=" + cursor))
                    .bearer(token)
                    .send();
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json()
                    .path("items")
                    .forEach(item -> concepts.add(item.path("concept").asText()));
            cursor = page.json().path("nextCursor").isTextual()
                    ? page.json().path("nextCursor").asText()
                    : null;
        } while (cursor != null);
        return concepts;
    }

    private static String signUp(Http http) {
        return TestUsers.signUp(http, "stopper", "Stopper");
    }
}
