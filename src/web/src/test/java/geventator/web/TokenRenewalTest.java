package geventator.web;

import static geventator.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.List;
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
    static TestApp second;
    static MongoClient mongo;

    @BeforeAll
    static void start() throws Exception {
        String prefix = TestDatabase.freshPrefix();
        // Instances behind one address share the signing keys, as a deployment does with token-keys-file.
        String keys = java.nio.file.Files.createTempDirectory("geventator-keys")
                .resolve("token-keys.json")
                .toString();
        Map<String, String> shortTokens = Map.of(
                "GEVENTATOR_TOKEN_TTL",
                "PT2S",
                "GEVENTATOR_TOKEN_CLOCK_SKEW",
                "PT1S",
                "GEVENTATOR_TOKEN_KEYS_FILE",
                keys);
        app = TestApp.start("all", prefix, shortTokens);
        second = TestApp.start("all", prefix, shortTokens); // a second instance behind the same address
        mongo = MongoClients.create(TestDatabase.uri());
    }

    @AfterAll
    static void stop() {
        app.close();
        second.close();
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

    @Test
    void two_instances_renewing_one_session_at_the_same_moment_keep_it_signed_in() throws Exception {
        WebClient client = new WebClient(); // cookies are per host, not per port: both instances get the session
        client.get(app.baseUrl() + "/sign-up");
        assertThat(client.post(
                                app.baseUrl() + "/sign-up",
                                form(
                                        client,
                                        "username",
                                        "gemma",
                                        "displayName",
                                        "Gemma",
                                        "email",
                                        "gemma@example.org",
                                        "password",
                                        "correct horse battery"))
                        .status())
                .isEqualTo(303);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int round = 0; round < 3; round++) {
            Thread.sleep(3_500); // the access token expires: both instances must renew it at once
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.CompletableFuture<WebClient.Answer>> answers = new java.util.ArrayList<>();
            for (TestApp instance : List.of(app, second, app, second)) {
                answers.add(java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                go.await();
                                return client.get(instance.baseUrl() + "/");
                            } catch (InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        threads));
            }
            go.countDown();
            for (var answer : answers) {
                WebClient.Answer home = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(home.status()).as("round %d", round).isEqualTo(200);
                assertThat(home.body()).contains("Gemma");
            }
        }
        threads.shutdown();
        assertThat(sessionOf("gemma").get("renewingUntil")).isNull();
    }
}
