package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without a token every route but the public ones answers 401, whatever else is wrong with the request: the
 * caller learns nothing about ids, bodies or the API's rules before they authenticate. The routes are read
 * from the running server, so a new route is covered as soon as it exists.
 */
class AuthenticationFirstTest {

    private static final Set<String> PUBLIC = Set.of(
            "GET /health/live",
            "GET /health/ready",
            "POST /users",
            "POST /tokens",
            "GET /.well-known/jwks.json",
            "GET /calendar/{file}");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start("all");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_route_but_the_public_ones_answers_401_without_a_token_even_to_a_malformed_request() throws Exception {
        List<String> routes = app.routes();
        List<String> wrong = new ArrayList<>();
        for (String route : routes) {
            if (PUBLIC.contains(route)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            for (String parameter : List.of("6b0bce36a7436fab704a3033", "not-an-id")) {
                for (String body : List.of("", "{\"unknown\": [null]}", "not json")) {
                    String path = template.replaceAll("\\{[^}]+}", parameter);
                    HttpResponse<String> response = CLIENT.send(
                            HttpRequest.newBuilder(URI.create(app.baseUrl() + path + "?limit=oops&day=never"))
                                    .header("Content-Type", body.startsWith("{") ? "application/json" : "text/plain")
                                    .method(
                                            method,
                                            body.isEmpty()
                                                    ? HttpRequest.BodyPublishers.noBody()
                                                    : HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 401
                            || !response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .startsWith("application/problem+json")) {
                        wrong.add(method + " " + path + " [" + body + "] -> " + response.statusCode() + " "
                                + response.body());
                    }
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(PUBLIC.size() + 30);
        assertThat(wrong).isEmpty();
    }
}
