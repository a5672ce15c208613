package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.platform.boot.Launcher;
import geventator.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A configured MongoDB that cannot be used stops start-up with one line that names the cause: SRV lookup
 * failed, authentication failed, TLS handshake failed, or no answer. Each cause is made here for real.
 */
class DatabaseFailureReasonsTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String startWith(String uri) {
        OptionalInt exit = Launcher.run(
                List.of("--role=user", "--port=0", "--mongodb-timeout=PT2S", "--mongodb-uri=" + uri),
                Map.of(),
                Main.roleModules(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).hasValue(1);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr.lines()).as(stderr).hasSize(1);
        assertThat(stderr).doesNotContain("secret", "Exception:", "\tat ");
        return stderr.strip();
    }

    @Test
    void an_srv_name_that_does_not_resolve_says_srv_lookup_failed() {
        assertThat(startWith("mongodb+srv://app:secret@cluster0.example.invalid/?retryWrites=true"))
                .startsWith(
                        "geventator: MongoDB at cluster0.example.invalid did not answer within 2 s: SRV lookup failed");
    }

    @Test
    void a_closed_port_says_no_answer() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(startWith("mongodb://app:secret@127.0.0.1:" + closed + "/"))
                .startsWith("geventator: MongoDB at 127.0.0.1:" + closed + " did not answer within 2 s: no answer (")
                .containsIgnoringCase("refused");
    }

    @Test
    void tls_to_a_server_that_speaks_no_tls_says_tls_handshake_failed() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(
                    () -> {
                        while (!plain.isClosed()) {
                            try (Socket client = plain.accept();
                                    OutputStream out = client.getOutputStream()) {
                                out.write("this is not TLS\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                            } catch (Exception closed) {
                                return;
                            }
                        }
                    },
                    "plain-socket");
            answering.setDaemon(true);
            answering.start();

            assertThat(startWith("mongodb://app:secret@127.0.0.1:" + plain.getLocalPort() + "/?tls=true"))
                    .startsWith("geventator: MongoDB at 127.0.0.1:" + plain.getLocalPort()
                            + " did not answer within 2 s: TLS handshake with 127.0.0.1:" + plain.getLocalPort()
                            + " failed (");
        }
    }

    /**
     * The in-process wire-protocol server (mongo-java-server) implements no authentication, so it refuses the
     * driver's SCRAM conversation; a real MongoDB ({@code GEVENTATOR_TEST_MONGODB_URI}) refuses the wrong
     * password. Either way the driver raises its authentication failure, and the line says so.
     */
    @Test
    void credentials_the_server_refuses_say_authentication_failed() {
        String server =
                TestDatabase.uri().replaceFirst("^mongodb://([^/@]*@)?", "").replaceFirst("/.*$", "");
        assertThat(startWith("mongodb://geventator-test:secret-wrong-password@" + server + "/?authSource=admin"))
                .startsWith("geventator: MongoDB at " + server
                        + " refused the connection: authentication failed for user " + "'geventator-test' (");
    }
}
