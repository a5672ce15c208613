package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import geventator.testkit.TestApp;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Passing health checks stay below INFO, so they never reach Papertrail; other requests do. */
class HealthChecksStayQuietTest {

    @Test
    void passing_health_checks_log_at_debug_and_other_requests_at_info() {
        Logger requests = (Logger) LoggerFactory.getLogger("geventator.requests");
        Level before = requests.getLevel();
        requests.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        requests.addAppender(captured);
        try (TestApp app = TestApp.start("user")) {
            assertThat(app.http().get("/health/ready").send().status()).isEqualTo(200);
            assertThat(app.http().get("/health/live").send().status()).isEqualTo(200);
            assertThat(app.http().get("/no-such-route").send().status()).isEqualTo(404);

            assertThat(captured.list)
                    .filteredOn(e -> e.getFormattedMessage().startsWith("GET /health/"))
                    .hasSize(2)
                    .allMatch(e -> e.getLevel() == Level.DEBUG);
            assertThat(captured.list)
                    .filteredOn(e -> e.getFormattedMessage().startsWith("GET /no-such-route 404"))
                    .hasSize(1)
                    .allMatch(e -> e.getLevel() == Level.INFO);
        } finally {
            requests.detachAppender(captured);
            requests.setLevel(before);
        }
    }
}
