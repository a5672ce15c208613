package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Log-in attempts are limited per account and per client address, with counters in the user role's
 * database: two user-role servers on one database, as behind one load-balanced address, share them.
 */
class LogInThrottleTest {

    static final int PER_ACCOUNT = 3;
    static final int PER_ADDRESS = 100;
    static String prefix;
    static TestApp first;
    static TestApp second;

    @BeforeAll
    static void start() {
        prefix = TestDatabase.freshPrefix();
        Map<String, String> limits = Map.of(
                "GEVENTATOR_LOGIN_ATTEMPTS_PER_ACCOUNT", String.valueOf(PER_ACCOUNT),
                "GEVENTATOR_LOGIN_ATTEMPTS_PER_ADDRESS", String.valueOf(PER_ADDRESS),
                "GEVENTATOR_LOGIN_ATTEMPTS_WINDOW", "PT1H");
        first = TestApp.start("user", prefix, limits);
        second = TestApp.start("user", prefix, limits);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void failed_log_ins_beyond_the_limit_answer_429_with_retry_after_even_with_the_right_password() {
        String name = registered();
        for (int i = 0; i < PER_ACCOUNT; i++) {
            assertThat(logIn(first.http(), name, "wrong password").status()).isEqualTo(401);
        }

        Http.Reply throttled = logIn(first.http(), name, PASSWORD);

        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.json().path("type").asText()).isEqualTo("urn:geventator:problem:too-many-attempts");
        // The window slides: failures early in the hour weigh whole until it ends, then less and less, so the
        // wait is at most the hour plus the hour divided by the limit (LogInThrottle.millisUntilAllowed).
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 3600L + 3600L / PER_ACCOUNT);
    }

    @Test
    void two_user_role_servers_on_one_database_share_the_count() {
        String name = registered();
        for (int i = 0; i < PER_ACCOUNT; i++) {
            Http server = i % 2 == 0 ? first.http() : second.http();
            assertThat(logIn(server, name, "wrong password").status()).isEqualTo(401);
        }

        assertThat(logIn(second.http(), name, PASSWORD).status()).isEqualTo(429);
        assertThat(logIn(first.http(), name, PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void successful_log_ins_do_not_use_up_the_allowance() {
        String name = registered();
        for (int i = 0; i < PER_ACCOUNT + 2; i++) {
            assertThat(logIn(first.http(), name, PASSWORD).status()).isEqualTo(200);
        }
        assertThat(logIn(first.http(), name, "wrong password").status()).isEqualTo(401);
    }

    @Test
    void one_account_being_throttled_leaves_the_others_alone() {
        String victim = registered();
        for (int i = 0; i < PER_ACCOUNT + 1; i++) {
            logIn(first.http(), victim, "wrong password");
        }

        assertThat(logIn(second.http(), registered(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void the_counters_and_the_refresh_tokens_are_dropped_by_ttl_indexes() {
        logIn(first.http(), registered(), "wrong password");
        try (var client = MongoClients.create(TestDatabase.uri())) {
            var database = client.getDatabase(prefix + "_users");
            for (String collection : List.of("login_attempts", "refresh_tokens")) {
                List<Document> indexes =
                        database.getCollection(collection).listIndexes().into(new ArrayList<>());

                assertThat(indexes)
                        .as(collection)
                        .anyMatch(index -> index.get("key", Document.class).containsKey("expiresAt")
                                && index.get("expireAfterSeconds") != null);
            }
        }
    }

    private static String registered() {
        String name = uniqueName("thr");
        register(first.http(), name);
        return name;
    }

    private static Http.Reply logIn(Http http, String login, String password) {
        return http.post("/tokens", Map.of("login", login, "password", password))
                .send();
    }
}
