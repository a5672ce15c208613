package geventator.web;

import static geventator.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role that does not answer shows a banner naming it, instead of an error page or a stack trace. */
class RoleDownTest {

    @Test
    void the_user_role_alone_serves_the_web_app_and_names_the_event_role_when_it_is_down() {
        // Port 1 of the loopback: nothing listens there, so a connection is refused at once.
        String nobody = "http://127.0.0.1:1";
        try (TestApp users = TestApp.start(
                "user",
                TestDatabase.freshPrefix(),
                Map.of("GEVENTATOR_EVENT_URL", nobody, "GEVENTATOR_TRANSACTION_URL", nobody))) {
            WebClient client = new WebClient();
            client.get(users.baseUrl() + "/sign-up");
            WebClient.Answer created = client.post(
                    users.baseUrl() + "/sign-up",
                    form(
                            client,
                            "username",
                            "eve",
                            "displayName",
                            "Eve",
                            "email",
                            "eve@example.org",
                            "password",
                            "correct horse battery"));
            assertThat(created.status()).isEqualTo(303);

            WebClient.Answer events = client.get(users.baseUrl() + "/");
            assertThat(events.status()).as(events.body()).isEqualTo(503);
            assertThat(events.body()).contains("id=\"unavailable\"").contains("The event service is not answering");
            assertThat(client.get(users.baseUrl() + "/account").status()).isEqualTo(200);
        }
    }
}
