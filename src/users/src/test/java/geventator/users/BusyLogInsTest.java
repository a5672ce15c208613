package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Log-ins that never reach the password check do not count as failed ones: not those refused with 429 while
 * others are in flight, nor those answered 503 because the password work was busy. One hash at a time and no
 * queue, at the production cost so that hashes last long enough to overlap: a burst of log-ins with the
 * right password meets both.
 */
class BusyLogInsTest {

    static final int PER_ACCOUNT = 3;
    static final int AT_ONCE = 12;
    static TestApp app;
    static ExecutorService clients;

    @BeforeAll
    static void start() {
        app = TestApp.start(
                "user",
                TestDatabase.freshPrefix(),
                Map.of(
                        "GEVENTATOR_LOGIN_ATTEMPTS_PER_ACCOUNT", String.valueOf(PER_ACCOUNT),
                        "GEVENTATOR_PASSWORD_CONCURRENCY", "1",
                        "GEVENTATOR_PASSWORD_QUEUE", "0",
                        // the production cost (19 MiB, 2 passes): a hash lasts long enough for others to meet it
                        "GEVENTATOR_PASSWORD_MEMORY_KIB", "19456",
                        "GEVENTATOR_PASSWORD_ITERATIONS", "2"));
        clients = Executors.newFixedThreadPool(AT_ONCE);
    }

    @AfterAll
    static void stop() {
        clients.shutdownNow();
        app.close();
    }

    @Test
    void a_burst_of_right_passwords_answered_503_and_429_leaves_the_allowance_whole() throws Exception {
        String name = uniqueName("busy");
        register(app.http(), name);
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 10 && !statuses.contains(503); round++) {
            statuses.addAll(burst(name));
        }

        assertThat(statuses).as("a busy password check answers 503").contains(503);
        assertThat(statuses).containsOnly(200, 429, 503);
        for (int i = 0; i < PER_ACCOUNT + 1; i++) {
            assertThat(logIn(name, PASSWORD)).isEqualTo(200);
        }
        for (int i = 0; i < PER_ACCOUNT; i++) {
            assertThat(logIn(name, "wrong password")).isEqualTo(401);
        }
        assertThat(logIn(name, PASSWORD))
                .as("the wrong passwords alone use it up")
                .isEqualTo(429);
    }

    private static List<Integer> burst(String name) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            replies.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return logIn(name, PASSWORD);
                    },
                    clients));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> reply : replies) {
            statuses.add(reply.get());
        }
        return statuses;
    }

    private static int logIn(String login, String password) {
        return app.http()
                .post("/tokens", Map.of("login", login, "password", password))
                .send()
                .status();
    }
}
