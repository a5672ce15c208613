package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A syslog destination that is down never stands between a client and its answer. */
class LogShippingTest {

    @Test
    void with_the_syslog_destination_down_every_request_is_still_answered() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestApp app = TestApp.start(
                "user",
                TestDatabase.freshPrefix(),
                Map.of("GEVENTATOR_SYSLOG_DESTINATION", "127.0.0.1:" + closedPort))) {
            assertThat(IntStream.range(0, 200)
                            .map(i -> app.http().get("/health/live").send().status()))
                    .hasSize(200)
                    .containsOnly(200);
        }
    }
}
