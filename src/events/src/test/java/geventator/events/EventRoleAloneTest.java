package geventator.events;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.RoleProcess;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventRoleAloneTest {

    @Test
    void the_event_role_boots_alone_and_serves_only_its_own_routes() {
        String nowhere = "http://127.0.0.1:" + RoleProcess.freePort();
        try (TestApp app = TestApp.start("event", TestDatabase.freshPrefix(), Map.of("GEVENTATOR_USER_URL", nowhere))) {
            var http = app.http();

            assertThat(http.get("/health/ready").send().status()).isEqualTo(200);
            assertThat(http.get("/events").send().status()).isEqualTo(401);
            assertThat(http.get("/events").bearer("not-a-token").send().status())
                    .isEqualTo(401);
            assertThat(http.post("/users", Map.of("username", "ana")).send().status())
                    .isEqualTo(404);
        }
    }
}
