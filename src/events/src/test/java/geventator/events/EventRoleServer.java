package geventator.events;

import static geventator.events.Fixtures.signUp;

import geventator.testkit.Http;
import geventator.testkit.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One real server (role all) per test class, its own database, and three signed-up users with their tokens. */
abstract class EventRoleServer {

    static TestApp app;
    static Http http;
    static String ana;
    static String bob;
    static String cid;
    static String anaId;
    static String bobId;

    @BeforeAll
    static void startServer() {
        app = TestApp.start("all");
        http = app.http();
        ana = signUp(http, "ana");
        bob = signUp(http, "bob");
        cid = signUp(http, "cid");
        anaId = idOf(ana);
        bobId = idOf(bob);
    }

    @AfterAll
    static void stopServer() {
        app.close();
    }

    private static String idOf(String token) {
        return http.get("/users/me").bearer(token).send().json().path("id").asText();
    }
}
