package geventator.users;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for the user API's requests. */
final class UserFixtures {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private UserFixtures() {}

    static String uniqueName(String stem) {
        return stem + SEQUENCE.incrementAndGet();
    }

    static Map<String, Object> registration(String username) {
        return Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "displayName",
                "Display " + username,
                "password",
                PASSWORD);
    }

    /** Registers {@code username} and returns its id. */
    static String register(Http http, String username) {
        Http.Reply reply = http.post("/users", registration(username)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().path("id").asText();
    }

    static String logIn(Http http, String login, String password) {
        Http.Reply reply = http.post("/tokens", Map.of("login", login, "password", password))
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().path("accessToken").asText();
    }
}
