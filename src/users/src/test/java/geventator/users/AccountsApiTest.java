package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.logIn;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.registration;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import geventator.testkit.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountsApiTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.role("user");

    static Http http;

    @BeforeAll
    static void client() {
        http = running.http();
    }

    @Test
    void registering_answers_201_with_the_profile_and_its_location_but_never_the_password() {
        String name = uniqueName("ana");
        Http.Reply reply = http.post("/users", registration(name)).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location"))
                .isEqualTo("/users/" + reply.json().path("id").asText());
        assertThat(reply.json().path("username").asText()).isEqualTo(name);
        assertThat(reply.json().path("email").asText()).isEqualTo(name + "@example.org");
        assertThat(reply.text()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
    }

    @Test
    void stores_an_argon2id_hash_and_not_the_password() {
        String name = uniqueName("hash");
        String id = register(http, name);

        try (var client = MongoClients.create(TestDatabase.uri())) {
            Document stored = client.getDatabase(running.app().databasePrefix() + "_users")
                    .getCollection("users")
                    .find(new Document("_id", new org.bson.types.ObjectId(id)))
                    .first();
            assertThat(stored.getString("passwordHash"))
                    .startsWith("$argon2id$")
                    .doesNotContain(PASSWORD);
            assertThat(stored.toJson()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void lists_every_invalid_field_in_one_400_problem() {
        Http.Reply reply = http.post(
                        "/users",
                        Map.of("username", "a!", "email", "not-an-email", "displayName", " ", "password", "short"))
                .send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:geventator:problem:validation");
        assertThat(reply.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("username", "email", "displayName", "password");
    }

    @Test
    void usernames_are_3_to_32_of_letters_digits_underscore_dot_and_dash() {
        assertThat(http.post("/users", registration("ab")).send().status()).isEqualTo(400);
        assertThat(http.post("/users", registration("a".repeat(33))).send().status())
                .isEqualTo(400);
        assertThat(http.post("/users", registration("bad name")).send().status())
                .isEqualTo(400);
        assertThat(http.post("/users", registration("ok_" + uniqueName("x") + ".y-z"))
                        .send()
                        .status())
                .isEqualTo(201);
    }

    @Test
    void a_missing_field_is_a_400_naming_it() {
        Map<String, Object> body = new HashMap<>(registration(uniqueName("nopw")));
        body.remove("password");
        Http.Reply reply = http.post("/users", body).send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly("password");
    }

    @Test
    void a_username_is_taken_regardless_of_case() {
        String name = uniqueName("luis");
        register(http, name);
        Map<String, Object> again = new HashMap<>(registration(name.toUpperCase()));
        again.put("email", "other-" + name + "@example.org");

        Http.Reply reply = http.post("/users", again).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:geventator:problem:username-taken");
    }

    @Test
    void an_email_is_taken_regardless_of_case() {
        String name = uniqueName("mar");
        register(http, name);
        Map<String, Object> again = new HashMap<>(registration(uniqueName("other")));
        again.put("email", (name + "@EXAMPLE.org").toUpperCase());

        Http.Reply reply = http.post("/users", again).send();

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:geventator:problem:email-taken");
    }

    @Test
    void logs_in_with_the_username_or_the_email_regardless_of_case() {
        String name = uniqueName("eva");
        register(http, name);

        assertThat(logIn(http, name.toUpperCase(), PASSWORD)).isNotBlank();
        assertThat(logIn(http, name + "@Example.org", PASSWORD)).isNotBlank();
    }

    @Test
    void a_token_response_says_its_type_and_lifetime_and_is_not_cached() {
        String name = uniqueName("tok");
        register(http, name);
        Http.Reply reply = http.post("/tokens", Map.of("login", name, "password", PASSWORD))
                .send();

        assertThat(reply.json().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(reply.json().path("expiresIn").asLong()).isEqualTo(300);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_401() {
        String name = uniqueName("sam");
        register(http, name);

        Http.Reply wrongPassword = http.post("/tokens", Map.of("login", name, "password", "wrong password!"))
                .send();
        Http.Reply unknownUser = http.post("/tokens", Map.of("login", uniqueName("ghost"), "password", PASSWORD))
                .send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.json().path("detail"))
                .isEqualTo(wrongPassword.json().path("detail"));
        assertThat(unknownUser.json().path("type"))
                .isEqualTo(wrongPassword.json().path("type"));
    }

    @Test
    void reads_and_updates_ones_own_profile() {
        String name = uniqueName("pia");
        register(http, name);
        String token = logIn(http, name, PASSWORD);

        Http.Reply updated = http.patch("/users/me", Map.of("displayName", "Pia P.", "email", name + "@new.example"))
                .bearer(token)
                .send();
        Http.Reply me = http.get("/users/me").bearer(token).send();

        assertThat(updated.status()).isEqualTo(200);
        assertThat(me.json().path("displayName").asText()).isEqualTo("Pia P.");
        assertThat(me.json().path("email").asText()).isEqualTo(name + "@new.example");
        assertThat(me.json().path("username").asText()).isEqualTo(name);
    }

    @Test
    void changing_the_email_to_someone_elses_answers_409_and_changes_nothing() {
        String taken = uniqueName("owner");
        register(http, taken);
        String name = uniqueName("mover");
        register(http, name);
        String token = logIn(http, name, PASSWORD);

        Http.Reply reply = http.patch("/users/me", Map.of("email", taken + "@example.org", "displayName", "New"))
                .bearer(token)
                .send();

        assertThat(reply.status()).isEqualTo(409);
        Http.Reply me = http.get("/users/me").bearer(token).send();
        assertThat(me.json().path("email").asText()).isEqualTo(name + "@example.org");
        assertThat(me.json().path("displayName").asText()).isEqualTo("Display " + name);
    }

    @Test
    void an_invalid_profile_change_answers_400_and_changes_nothing() {
        String name = uniqueName("inv");
        register(http, name);
        String token = logIn(http, name, PASSWORD);

        Http.Reply reply = http.patch("/users/me", Map.of("email", "nope", "displayName", "Fine"))
                .bearer(token)
                .send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(http.get("/users/me")
                        .bearer(token)
                        .send()
                        .json()
                        .path("displayName")
                        .asText())
                .isEqualTo("Display " + name);
    }

    @Test
    void changes_the_password_only_with_the_current_one() {
        String name = uniqueName("joe");
        register(http, name);
        String token = logIn(http, name, PASSWORD);

        Http.Reply wrong = http.put(
                        "/users/me/password",
                        Map.of("currentPassword", "not my password", "newPassword", "a brand new secret"))
                .bearer(token)
                .send();
        Http.Reply right = http.put(
                        "/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "a brand new secret"))
                .bearer(token)
                .send();

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(right.status()).isEqualTo(204);
        assertThat(http.post("/tokens", Map.of("login", name, "password", PASSWORD))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(logIn(http, name, "a brand new secret")).isNotBlank();
    }

    @Test
    void a_new_password_shorter_than_10_characters_is_refused() {
        String name = uniqueName("shortpw");
        register(http, name);
        String token = logIn(http, name, PASSWORD);

        Http.Reply reply = http.put(
                        "/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "123456789"))
                .bearer(token)
                .send();

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly("newPassword");
        assertThat(logIn(http, name, PASSWORD)).isNotBlank();
    }

    @Test
    void deleting_ones_account_removes_it() {
        String name = uniqueName("bye");
        String id = register(http, name);
        String token = logIn(http, name, PASSWORD);
        String witness = uniqueName("witness");
        register(http, witness);
        String otherToken = logIn(http, witness, PASSWORD);

        assertThat(http.delete("/users/me").bearer(token).send().status()).isEqualTo(204);

        assertThat(http.get("/users/me").bearer(token).send().status()).isEqualTo(404);
        assertThat(http.get("/users/" + id).bearer(otherToken).send().status()).isEqualTo(404);
        assertThat(http.post("/tokens", Map.of("login", name, "password", PASSWORD))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(http.post("/users", registration(name)).send().status()).isEqualTo(201);
    }

    @Test
    void looks_up_a_user_by_id_or_username_showing_public_fields_only() {
        String name = uniqueName("pub");
        String id = register(http, name);
        String viewer = uniqueName("viewer");
        register(http, viewer);
        String token = logIn(http, viewer, PASSWORD);

        Http.Reply byId = http.get("/users/" + id).bearer(token).send();
        Http.Reply byName = http.get("/users/by-username/" + name.toUpperCase())
                .bearer(token)
                .send();

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json()).isEqualTo(byName.json());
        assertThat(iterableFieldNames(byId)).containsExactlyInAnyOrder("id", "username", "displayName");
    }

    @Test
    void lookups_need_a_token_and_answer_400_for_a_malformed_id_and_404_for_nobody() {
        String name = uniqueName("look");
        register(http, name);
        String token = logIn(http, name, PASSWORD);

        assertThat(http.get("/users/by-username/" + name).send().status()).isEqualTo(401);
        assertThat(http.get("/users/not-an-id").bearer(token).send().status()).isEqualTo(400);
        assertThat(http.get("/users/0123456789abcdef01234567")
                        .bearer(token)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/users/by-username/nobody-here")
                        .bearer(token)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/users/by-username/x!").bearer(token).send().status())
                .isEqualTo(400);
    }

    private static List<String> iterableFieldNames(Http.Reply reply) {
        List<String> names = new java.util.ArrayList<>();
        reply.json().fieldNames().forEachRemaining(names::add);
        return names;
    }
}
