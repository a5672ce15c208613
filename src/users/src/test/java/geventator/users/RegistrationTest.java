package geventator.users;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.TestApp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    static TestApp app;
    static Http http;

    @BeforeAll
    static void start() {
        app = TestApp.start("user");
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void registers_and_logs_in() {
        var created = http.post("/users", Map.of("username", "ana", "email", "ana@example.org",
                "displayName", "Ana", "password", "correct horse battery")).send();
        assertThat(created.status()).isEqualTo(201);
        var token = http.post("/tokens", Map.of("login", "ana", "password", "correct horse battery")).send();
        assertThat(token.status()).isEqualTo(200);
        var me = http.get("/users/me").bearer(token.json().path("accessToken").asText()).send();
        assertThat(me.json().path("username").asText()).isEqualTo("ana");
    }
}
