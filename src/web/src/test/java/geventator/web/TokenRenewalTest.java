package geventator.web;

import static geventator.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Access tokens live minutes; a web session lives hours. The web app trades the session's refresh token for a
 * new pair when a role refuses the expired access token, and signing out revokes the refresh token in the
 * user role, so the session ends there too.
 */
class TokenRenewalTest {

    static TestApp app;
    static MongoClient mongo;

    @BeforeAll
    static void start() {
        app = TestApp.start(
                "all",
                TestDatabase.freshPrefix(),
                Map.of("GEVENTATOR_TOKEN_TTL", "PT2S", "GEVENTATOR_TOKEN_CLOCK_SKEW", "PT1S"));
        mongo = MongoClients.create(TestDatabase.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
        mongo.close();
    }

    private static MongoCollection<Document> sessions() {
        return mongo.getDatabase(app.databasePrefix() + "_web").getCollection("sessions");
    }

    private static Document sessionOf(String username) {
        return sessions().find(new Document("username", username)).first();
    }

    @Test
    void a_session_outlives_its_access_token_and_sign_out_revokes_its_refresh_token() throws Exception {
        WebClient client = new WebClient();
        client.get(app.baseUrl() + "/sign-up");
        assertThat(client.post(
                                app.baseUrl() + "/sign-up",
                                form(
                                        client,
                                        "username",
                                        "renata",
                                        "displayName",
                                        "Renata",
                                        "email",
                                        "renata@example.org",
                                        "password",
                                        "correct horse battery"))
                        .status())
                .isEqualTo(303);
        Document before = sessionOf("renata");
        assertThat(before.getString("refreshToken")).isNotBlank();

        Thread.sleep(3_500); // past the access token's 2 s and the 1 s of allowed clock skew

        WebClient.Answer home = client.get(app.baseUrl() + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Renata");
        Document after = sessionOf("renata");
        assertThat(after.getString("accessToken")).isNotEqualTo(before.getString("accessToken"));
        assertThat(after.getString("refreshToken")).isNotEqualTo(before.getString("refreshToken"));

        assertThat(client.post(app.baseUrl() + "/sign-out", form(client)).status())
                .isEqualTo(303);
        assertThat(sessionOf("renata")).isNull();
        var refreshed = new Http(app.baseUrl())
                .post("/tokens/refresh", Map.of("refreshToken", after.getString("refreshToken")))
                .send();
        assertThat(refreshed.status()).isEqualTo(401);
    }
}
