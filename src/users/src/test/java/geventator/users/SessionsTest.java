package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClients;
import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import geventator.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionsTest {

    @RegisterExtension
    static RunningApp app = RunningApp.role("user");

    static Http http;

    @BeforeAll
    static void client() {
        http = app.http();
    }

    @Test
    void a_log_in_hands_out_a_short_access_token_and_a_refresh_token() {
        JWTs tokens = signIn(registered());

        assertThat(tokens.access()).isNotBlank();
        assertThat(tokens.refresh()).isNotBlank();
        assertThat(tokens.body().path("expiresIn").asLong()).isBetween(1L, 300L);
        assertThat(tokens.body().path("refreshExpiresAt").asText()).isNotBlank();
    }

    @Test
    void a_refresh_hands_out_a_new_pair_that_works() {
        JWTs first = signIn(registered());

        Http.Reply refreshed = refresh(first.refresh());

        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.header("Cache-Control")).isEqualTo("no-store");
        String newRefresh = refreshed.json().path("refreshToken").asText();
        assertThat(newRefresh).isNotEqualTo(first.refresh());
        assertThat(http.get("/users/me")
                        .bearer(refreshed.json().path("accessToken").asText())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(refresh(newRefresh).status()).isEqualTo(200);
    }

    @Test
    void reusing_a_replaced_refresh_token_ends_the_whole_session() {
        JWTs first = signIn(registered());
        String second = refresh(first.refresh()).json().path("refreshToken").asText();

        Http.Reply reused = refresh(first.refresh());

        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(refresh(second).status())
                .as("the thief's or the owner's newer token ends too")
                .isEqualTo(401);
    }

    @Test
    void other_sessions_of_the_account_are_not_touched_by_one_ending() {
        String name = registered();
        JWTs phone = signIn(name);
        JWTs laptop = signIn(name);

        assertThat(http.post("/tokens/revoke", Map.of("refreshToken", phone.refresh()))
                        .send()
                        .status())
                .isEqualTo(204);

        assertThat(refresh(phone.refresh()).status()).isEqualTo(401);
        assertThat(refresh(laptop.refresh()).status()).isEqualTo(200);
    }

    @Test
    void signing_out_with_the_access_token_ends_its_session() {
        JWTs tokens = signIn(registered());

        Http.Reply signedOut =
                http.delete("/tokens/current").bearer(tokens.access()).send();

        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(refresh(tokens.refresh()).status()).isEqualTo(401);
        assertThat(http.delete("/tokens/current").send().status()).isEqualTo(401);
    }

    @Test
    void revoking_an_unknown_token_answers_204_and_a_missing_one_400() {
        assertThat(http.post("/tokens/revoke", Map.of("refreshToken", "no-such-token"))
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(http.post("/tokens/revoke", "{\"refresh\":1}").send().status())
                .isEqualTo(400);
    }

    @Test
    void a_password_change_ends_every_session_of_the_account() {
        String name = registered();
        JWTs phone = signIn(name);
        JWTs laptop = signIn(name);

        Http.Reply changed = http.put(
                        "/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "a brand new secret"))
                .bearer(laptop.access())
                .send();

        assertThat(changed.status()).isEqualTo(204);
        assertThat(refresh(phone.refresh()).status()).isEqualTo(401);
        assertThat(refresh(laptop.refresh()).status()).isEqualTo(401);
    }

    @Test
    void deleting_the_account_ends_every_session_at_once() {
        String name = registered();
        JWTs phone = signIn(name);
        JWTs laptop = signIn(name);

        assertThat(http.delete("/users/me").bearer(laptop.access()).send().status())
                .isEqualTo(204);

        assertThat(refresh(phone.refresh()).status()).isEqualTo(401);
        assertThat(refresh(laptop.refresh()).status()).isEqualTo(401);
    }

    @Test
    void a_refresh_token_is_stored_only_as_a_hash() {
        JWTs tokens = signIn(registered());

        try (var client = MongoClients.create(TestDatabase.uri())) {
            List<String> stored = client.getDatabase(app.app().databasePrefix() + "_users")
                    .getCollection("refresh_tokens")
                    .find()
                    .map(Document::toJson)
                    .into(new ArrayList<>());

            assertThat(stored).isNotEmpty().noneMatch(json -> json.contains(tokens.refresh()));
        }
    }

    private static String registered() {
        String name = uniqueName("ses");
        register(http, name);
        return name;
    }

    private static JWTs signIn(String name) {
        Http.Reply reply = http.post("/tokens", Map.of("login", name, "password", PASSWORD))
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return new JWTs(
                reply.json().path("accessToken").asText(),
                reply.json().path("refreshToken").asText(),
                reply.json());
    }

    private static Http.Reply refresh(String refreshToken) {
        return http.post("/tokens/refresh", Map.of("refreshToken", refreshToken))
                .send();
    }

    private record JWTs(String access, String refresh, JsonNode body) {}
}
