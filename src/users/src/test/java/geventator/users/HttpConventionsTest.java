package geventator.users;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conventions every role follows, seen through the user role's routes. */
class HttpConventionsTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.role("user");

    static Http http;

    @BeforeAll
    static void client() {
        http = running.http();
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        assertProblem(http.get("/no/such/route").send(), 404, "not-found");
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        assertProblem(http.delete("/users").send(), 405, "method-not-allowed");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        assertProblem(http.post("/users", "{\"username\": ").send(), 400, "bad-request");
    }

    @Test
    void a_json_array_instead_of_an_object_is_a_400_problem() {
        assertProblem(http.post("/users", "[1, 2]").send(), 400, "bad-request");
    }

    @Test
    void a_second_value_after_the_object_is_a_400_problem_that_names_no_class() {
        Http.Reply reply = http.post("/users", "{\"username\": \"ana\"} {}").send();

        assertProblem(reply, 400, "bad-request");
        assertThat(reply.json().path("detail").asText())
                .isEqualTo("the body must be a JSON object")
                .doesNotContain("jackson");
    }

    @Test
    void a_wrong_type_is_a_400_problem_naming_the_field() {
        Http.Reply reply =
                http.post("/users", "{\"username\": 42, \"email\": \"a@b.c\"}").send();

        assertProblem(reply, 400, "validation");
        assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("username");
    }

    @Test
    void an_unknown_field_is_a_400_problem_naming_it() {
        Http.Reply reply =
                http.post("/users", Map.of("username", "abc", "nickname", "x")).send();

        assertProblem(reply, 400, "validation");
        assertThat(reply.json().path("errors").get(0).path("field").asText()).isEqualTo("nickname");
    }

    @Test
    void an_empty_body_is_a_400_problem() {
        assertProblem(http.post("/users", "").send(), 400, "bad-request");
    }

    @Test
    void a_body_over_1_mib_is_a_413_problem() {
        String big = "{\"username\": \"" + "a".repeat(1024 * 1024) + "\"}";

        assertProblem(http.post("/users", big).send(), 413, "payload-too-large");
    }

    @Test
    void a_body_that_is_not_json_is_a_415_problem() {
        Http.Reply reply =
                http.post("/tokens", "{}").header("Content-Type", "text/plain").send();

        assertProblem(reply, 415, "unsupported-media-type");
    }

    @Test
    void a_request_jetty_cannot_read_is_a_400_problem_not_an_html_page() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", running.app().port())) {
            socket.getOutputStream()
                    .write("GET /users/% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer)
                    .startsWith("HTTP/1.1 400")
                    .contains("Content-Type: application/problem+json")
                    .contains("\"type\":\"urn:geventator:problem:bad-request\"")
                    .doesNotContain("<html");
        }
    }

    @Test
    void every_response_carries_the_callers_request_id_or_a_new_one() {
        Http.Reply given =
                http.get("/health/live").header("X-Request-Id", "trace-42").send();
        Http.Reply generated = http.get("/health/live").send();
        Http.Reply hostile =
                http.get("/health/live").header("X-Request-Id", "x".repeat(300)).send();

        assertThat(given.header("X-Request-Id")).isEqualTo("trace-42");
        assertThat(generated.header("X-Request-Id")).isNotBlank();
        assertThat(hostile.header("X-Request-Id")).hasSizeLessThan(100);
    }

    @Test
    void a_problem_carries_the_request_id() {
        Http.Reply reply =
                http.get("/nowhere").header("X-Request-Id", "abc-123").send();

        assertThat(reply.json().path("requestId").asText()).isEqualTo("abc-123");
    }

    @Test
    void health_answers_live_and_ready() {
        assertThat(http.get("/health/live").send().json().path("status").asText())
                .isEqualTo("UP");
        Http.Reply ready = http.get("/health/ready").send();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
    }

    static void assertProblem(Http.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asText()).isEqualTo("urn:geventator:problem:" + type);
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asText()).isNotBlank();
        assertThat(reply.json().path("detail").asText()).isNotBlank();
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
