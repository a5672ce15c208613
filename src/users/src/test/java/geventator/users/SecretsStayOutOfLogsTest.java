package geventator.users;

import static geventator.users.UserFixtures.PASSWORD;
import static geventator.users.UserFixtures.register;
import static geventator.users.UserFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretsStayOutOfLogsTest {

    @Test
    void passwords_and_tokens_never_reach_a_log_line_while_request_lines_do() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger requests = (Logger) LoggerFactory.getLogger("geventator.requests");
        Level before = requests.getLevel();
        requests.setLevel(Level.INFO);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (TestApp app = TestApp.start("user")) {
            String name = uniqueName("quiet");
            register(app.http(), name);
            Http.Reply login = app.http()
                    .post("/tokens", Map.of("login", name, "password", PASSWORD))
                    .send();
            String token = login.json().path("accessToken").asText();
            String refreshToken = login.json().path("refreshToken").asText();
            app.http().get("/users/me").bearer(token).send();
            String renewed = app.http()
                    .post("/tokens/refresh", Map.of("refreshToken", refreshToken))
                    .send()
                    .json()
                    .path("refreshToken")
                    .asText();
            app.http()
                    .post("/tokens/refresh", Map.of("refreshToken", refreshToken))
                    .send();
            app.http()
                    .post("/tokens", Map.of("login", name, "password", "wrong password"))
                    .send();

            assertThat(captured.list)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(line -> line.matches("POST /tokens 200 \\d+ms"))
                    .anyMatch(line -> line.matches("POST /tokens/refresh 401 \\d+ms"))
                    .noneMatch(line -> line.contains(PASSWORD)
                            || line.contains(token)
                            || line.contains("wrong password")
                            || line.contains(refreshToken)
                            || line.contains(renewed));
            assertThat(captured.list)
                    .filteredOn(e -> e.getLoggerName().equals("geventator.requests"))
                    .allMatch(e -> e.getMDCPropertyMap().containsKey("requestId"));
        } finally {
            root.detachAppender(captured);
            requests.setLevel(before);
        }
    }
}
