package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RoleProcess;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestUsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A burst of wrong-password log-ins against the user role started as the container starts it: the image's
 * JVM flags and the heap the playbook gives the user role (-Xmx96m), exiting on OutOfMemoryError, and the
 * production cost of Argon2id (19 MiB per check). The memory-hard work is bounded, so the process stays up.
 */
class LogInBurstIT {

    static final int BURST = 64;
    static final String PASSWORD = "correct horse battery";

    static RoleProcess users;
    static Http api;

    @BeforeAll
    static void start() {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        users = RoleProcess.of(jar, "user")
                .jvmOption("-XX:+UseSerialGC")
                .jvmOption("-Xss512k")
                .jvmOption("-XX:MaxMetaspaceSize=96m")
                .jvmOption("-XX:ReservedCodeCacheSize=32m")
                .jvmOption("-Xmx96m")
                .jvmOption("-XX:+ExitOnOutOfMemoryError")
                .env("GEVENTATOR_PASSWORD_MEMORY_KIB", "19456")
                .env("GEVENTATOR_PASSWORD_ITERATIONS", "2")
                .flag("mongodb-uri", TestDatabase.uri())
                .flag("database-prefix", TestDatabase.freshPrefix())
                // Two bursts from one address: let the memory bound, not the address limit, do the refusing.
                .flag("login-attempts-per-address", "1000")
                .start();
        api = users.http();
    }

    @AfterAll
    static void stop() {
        if (users != null) {
            users.stop();
        }
    }

    @Test
    void survives_64_concurrent_wrong_password_log_ins_and_lets_a_right_one_in_afterwards() throws Exception {
        register("target");
        register("bystander");

        Map<Integer, Integer> oneAccount = burst(i -> "target");
        Map<Integer, Integer> manyAccounts = burst(i -> "nobody" + i);
        System.out.println("LogInBurstIT: " + BURST + " concurrent wrong-password log-ins on one account answered "
                + oneAccount + ", on " + BURST + " accounts " + manyAccounts);

        assertThat(users.isAlive()).as(users.output()).isTrue();
        assertThat(oneAccount.keySet()).as(oneAccount + "\n" + users.output()).isSubsetOf(401, 429, 503);
        assertThat(manyAccounts.keySet())
                .as(manyAccounts + "\n" + users.output())
                .isSubsetOf(401, 429, 503);
        var right = api.post("/tokens", Map.of("login", "bystander", "password", PASSWORD))
                .send();
        assertThat(right.status()).as(right.toString()).isEqualTo(200);
    }

    /**
     * Answers of {@link #BURST} wrong-password log-ins sent at once, the i-th as {@code login.apply(i)}, counted
     * by status; -1 counts a call that got no answer.
     */
    private static Map<Integer, Integer> burst(IntFunction<String> login) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Map<String, String> body = Map.of("login", login.apply(i), "password", "wrong password");
                answers.add(pool.submit(() -> {
                    go.await();
                    try {
                        return api.post("/tokens", body).send().status();
                    } catch (RuntimeException noAnswer) {
                        return -1;
                    }
                }));
            }
            go.countDown();
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                counts.merge(answer.get(), 1, Integer::sum);
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void register(String username) {
        TestUsers.register(api, username, username);
    }
}
