package geventator.events;

import static geventator.events.Fixtures.signUp;

import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import geventator.testkit.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One real server (role all) per test class, its own database, and three signed-up users with their tokens. */
abstract class EventRoleServer {

    @RegisterExtension
    static final RunningApp SERVER = RunningApp.role("all");

    static Http http;
    static String ana;
    static String bob;
    static String cid;
    static String anaId;
    static String bobId;

    @BeforeAll
    static void signUpUsers() {
        http = SERVER.http();
        ana = signUp(http, "ana");
        bob = signUp(http, "bob");
        cid = signUp(http, "cid");
        anaId = TestUsers.idOf(http, ana);
        bobId = TestUsers.idOf(http, bob);
    }
}
