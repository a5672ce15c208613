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
            "GET /calendar/{file}",
            // These take the refresh token in the body, not a bearer token.
            "POST /tokens/refresh",
            "POST /tokens/revoke");

    /**
     * The web app's pages: HTML for a browser, which signs in with a session cookie instead of a token. They are
     * checked apart: without a session, each page but the sign-in ones sends the browser to sign in.
     */
    private static final List<String> WEB_PAGES =
            List.of("/e/", "/account", "/assets/", "/lang", "/new-event", "/sign-");

    private static final Set<String> OPEN_PAGES =
            Set.of("GET /sign-in", "GET /sign-up", "GET /assets/{file}", "GET /lang", "POST /sign-in", "POST /sign-up");
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
            if (PUBLIC.contains(route) || isWebPage(route)) {
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

    @Test
    void every_web_page_but_the_sign_in_ones_sends_a_browser_without_a_session_to_sign_in() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<String> pages = app.routes().stream()
                .filter(AuthenticationFirstTest::isWebPage)
                .filter(route -> route.startsWith("GET "))
                .filter(route -> !OPEN_PAGES.contains(route))
                .toList();
        for (String route : pages) {
            String path = route.substring(4).replaceAll("\\{[^}]+}", "6b0bce36a7436fab704a3033");
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 303
                    || !response.headers().firstValue("Location").orElse("").equals("/sign-in")) {
                wrong.add(route + " -> " + response.statusCode() + " "
                        + response.headers().map());
            }
        }
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    private static boolean isWebPage(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        return path.equals("/") || WEB_PAGES.stream().anyMatch(path::startsWith);
    }
}
