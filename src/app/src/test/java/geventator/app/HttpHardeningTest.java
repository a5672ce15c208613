package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import geventator.testkit.Http;
import geventator.testkit.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Headers on every response, and the malformed HTTP that Jetty sees before any route. */
class HttpHardeningTest {

    private static final String PASSWORD = "correct horse battery";

    static TestApp app;
    static Http http;
    static String token;
    static String eventId;
    static ListAppender<ILoggingEvent> logged;

    @BeforeAll
    static void start() {
        app = TestApp.start("all");
        http = app.http();
        http.post(
                        "/users",
                        Map.of(
                                "username",
                                "headers",
                                "email",
                                "headers@example.org",
                                "displayName",
                                "Headers",
                                "password",
                                PASSWORD))
                .send();
        token = http.post("/tokens", Map.of("login", "headers", "password", PASSWORD))
                .send()
                .json()
                .path("accessToken")
                .asText();
        eventId = http.post(
                        "/events",
                        Map.of(
                                "name",
                                "Header fair",
                                "start",
                                "2027-06-10T09:00:00+02:00",
                                "end",
                                "2027-06-12T18:00:00+02:00",
                                "timeZone",
                                "Europe/Madrid"))
                .bearer(token)
                .send()
                .json()
                .path("id")
                .asText();
        logged = new ListAppender<>();
        logged.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logged);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logged);
        app.close();
    }

    @Test
    void every_response_forbids_sniffing_and_referrers_and_private_ones_are_never_stored() {
        String ledger = "/events/" + eventId + "/ledger";
        List<Http.Reply> privateAnswers = List.of(
                http.get("/users/me").bearer(token).send(),
                http.get(ledger + "/entries").bearer(token).send(),
                http.get(ledger + "/balance").bearer(token).send(),
                http.get(ledger + "/export.csv").bearer(token).send(),
                http.get(ledger + "/export.json").bearer(token).send(),
                http.get("/events/" + eventId + "/calendar.ics").bearer(token).send(),
                http.get("/events/" + eventId).send(),
                http.get("/no/such/route").send(),
                http.post("/users", "{").send(),
                http.get("/health/ready").send());

        assertThat(privateAnswers).allSatisfy(reply -> {
            assertThat(reply.header("X-Content-Type-Options"))
                    .as(reply.toString())
                    .isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(reply.toString()).isEqualTo("no-referrer");
            assertThat(reply.header("Cache-Control")).as(reply.toString()).isEqualTo("no-store");
            assertThat(reply.header("Strict-Transport-Security")).isNull();
        });
        var keys = http.get("/.well-known/jwks.json").send();
        assertThat(keys.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(keys.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void behind_a_tls_proxy_responses_carry_strict_transport_security() {
        var reply = http.get("/users/me")
                .bearer(token)
                .header("X-Forwarded-Proto", "https")
                .send();

        assertThat(reply.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void options_star_is_a_problem_not_an_empty_404() throws IOException {
        Raw answer = raw("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(new ObjectMapper().readTree(answer.body()).path("type").asText())
                .isEqualTo("urn:geventator:problem:not-found");
    }

    @Test
    void broken_chunked_framing_and_a_short_body_are_400_problems_never_logged_as_unexpected() throws IOException {
        int before = logged.list.size();
        Raw badChunk = raw("POST /users HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        Raw shortBody = raw("POST /events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"name\":");

        for (Raw answer : List.of(badChunk, shortBody)) {
            assertThat(answer.status()).as(answer.head()).isEqualTo(400);
            assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception", "org.eclipse");
        }
        assertThat(logged.list.subList(before, logged.list.size()))
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
        List<String> events = new java.util.ArrayList<>();
        http.get("/events")
                .bearer(token)
                .send()
                .json()
                .forEach(e -> events.add(e.path("name").asText()));
        assertThat(events).containsExactly("Header fair");
    }

    @Test
    void after_a_request_the_server_refused_the_next_one_on_the_same_client_still_gets_its_answer() throws Exception {
        // Jetty refuses an illegal URI itself and closes the connection; had its answer not said so, the client's
        // next request on that connection (a PATCH, which an HTTP client does not retry) would get no answer at
        // all: the fuzz test found it. A refusal by a handler keeps the connection usable.
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        byte[] body = "{\"note\":\"late\"}".getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 40; attempt++) {
            for (String path : List.of("/events/%00/members/x", "/events/" + eventId + "/ledger/entries/zz")) {
                var answer = client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.baseUrl() + path))
                                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path).isEqualTo(400);
                assertThat(answer.body()).contains("urn:geventator:problem:");
            }
        }
    }

    /** Writes {@code request} as it is and reads the whole answer; the write side closes, as a client that gave up. */
    private static Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = head.isEmpty() ? -1 : Integer.parseInt(head.split(" ")[1]);
            return new Raw(status, head, body);
        }
    }

    record Raw(int status, String head, String body) {}
}
