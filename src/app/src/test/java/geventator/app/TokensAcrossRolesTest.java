package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import geventator.testkit.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A token issued by a process running the user role is verified by a separate process running the event role. */
class TokensAcrossRolesTest {

    @Test
    void a_token_from_the_user_role_is_accepted_by_a_separate_event_role_and_a_forged_one_is_not() {
        String prefix = TestDatabase.freshPrefix();
        try (TestApp users = TestApp.start("user", prefix, Map.of());
                TestApp events = TestApp.start("event", prefix, Map.of("GEVENTATOR_USER_URL", users.baseUrl()))) {
            String token = TestUsers.signUp(users.http(), "ana", "Ana");

            Http.Reply accepted = events.http().get("/events").bearer(token).send();
            Http.Reply forged = events.http()
                    .get("/events")
                    .bearer(token.substring(0, token.length() - 4) + "AAAA")
                    .send();

            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            assertThat(forged.status()).isEqualTo(401);
            assertThat(events.http().post("/users", Map.of()).send().status())
                    .as("the event process does not serve the user role's routes")
                    .isEqualTo(404);
        }
    }
}
