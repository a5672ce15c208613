package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guessing across many accounts from one address runs into the per-address limit. */
class AddressThrottleTest {

    static final int PER_ADDRESS = 5;
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(
                "user",
                TestDatabase.freshPrefix(),
                Map.of("GEVENTATOR_LOGIN_ATTEMPTS_PER_ADDRESS", String.valueOf(PER_ADDRESS)));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void failed_log_ins_on_many_accounts_from_one_address_answer_429_beyond_the_limit() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(logIn(uniqueName("nobody"), "wrong password").status()).isEqualTo(401);
        }
        String name = uniqueName("adr");
        register(app.http(), name);

        Http.Reply throttled = logIn(name, PASSWORD);

        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
    }

    private static Http.Reply logIn(String login, String password) {
        return app.http()
                .post("/tokens", Map.of("login", login, "password", password))
                .send();
    }
}
