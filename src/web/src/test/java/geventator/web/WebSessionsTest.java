package geventator.web;

import static geventator.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.TestApp;
import geventator.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions, CSRF and the security headers over plain HTTP, with two instances of the app behind "one
 * address" (the same database): a session made by one is honoured by the other.
 */
class WebSessionsTest {

    static TestApp first;
    static TestApp second;

    @BeforeAll
    static void start() {
        // Two instances behind one address share the database and the token keys, as the README asks.
        String prefix = TestDatabase.freshPrefix();
        Path keys;
        try {
            keys = Files.createTempDirectory("geventator-keys").resolve("token-keys.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> shared = Map.of("GEVENTATOR_TOKEN_KEYS_FILE", keys.toString());
        first = TestApp.start("all", prefix, shared);
        second = TestApp.start("all", prefix, shared);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    static WebClient signedUp(String username) {
        WebClient client = new WebClient();
        client.get(first.baseUrl() + "/sign-up");
        WebClient.Answer created = client.post(
                first.baseUrl() + "/sign-up",
                form(
                        client,
                        "username",
                        username,
                        "displayName",
                        "Name of " + username,
                        "email",
                        username + "@example.org",
                        "password",
                        "correct horse battery"));
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).isEqualTo("/");
        return client;
    }

    @Test
    void a_session_made_by_one_instance_is_honoured_by_the_other_and_sign_out_ends_it_for_both() {
        WebClient client = signedUp("carla");
        WebClient.Answer home = client.get(second.baseUrl() + "/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("My events").contains("Name of carla");

        assertThat(client.post(second.baseUrl() + "/sign-out", form(client)).status())
                .isEqualTo(303);
        assertThat(client.cookie).isNull();
        WebClient stale = new WebClient();
        stale.cookie = home.response()
                .request()
                .headers()
                .firstValue("Cookie")
                .orElseThrow()
                .substring("gev_session=".length());
        assertThat(stale.get(first.baseUrl() + "/").status()).isEqualTo(303);
        assertThat(stale.get(first.baseUrl() + "/").header("Location")).isEqualTo("/sign-in");
    }

    @Test
    void pages_carry_a_strict_content_security_policy_and_an_httponly_samesite_cookie() {
        WebClient client = new WebClient();
        WebClient.Answer page = client.get(first.baseUrl() + "/sign-in");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body())
                .doesNotContain("<script>")
                .doesNotContain("style=\"")
                .doesNotContain(" onclick=");
        String cookie = page.header("Set-Cookie");
        assertThat(cookie)
                .startsWith("gev_session=")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .doesNotContain("Secure");

        Http http = new Http(first.baseUrl());
        String overTls =
                http.get("/sign-in").header("X-Forwarded-Proto", "https").send().header("Set-Cookie");
        assertThat(overTls)
                .startsWith("__Host-gev_session=")
                .contains("; Secure")
                .contains("HttpOnly")
                .contains("Path=/");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_changes_nothing() {
        WebClient client = new WebClient();
        client.get(first.baseUrl() + "/sign-up");
        WebClient.Answer refused = client.post(
                first.baseUrl() + "/sign-up",
                Map.of(
                        "username",
                        "mallory",
                        "displayName",
                        "M",
                        "email",
                        "m@example.org",
                        "password",
                        "correct horse battery"));
        assertThat(refused.status()).isEqualTo(403);
        WebClient.Answer wrong = client.post(
                first.baseUrl() + "/sign-up",
                Map.of(
                        "_csrf",
                        "not-the-token",
                        "username",
                        "mallory",
                        "displayName",
                        "M",
                        "email",
                        "m@example.org",
                        "password",
                        "correct horse battery"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(new Http(first.baseUrl())
                        .post("/tokens", Map.of("login", "mallory", "password", "correct horse battery"))
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_form_sent_twice_creates_one_event_and_no_token_reaches_a_page() {
        WebClient client = signedUp("dora");
        WebClient.Answer form = client.get(first.baseUrl() + "/new-event");
        Matcher key = Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(key.find()).isTrue();
        Map<String, String> fields = form(
                client,
                "formKey",
                key.group(1),
                "name",
                "Twice sent",
                "start",
                "2027-07-01T09:00",
                "end",
                "2027-07-01T20:00",
                "timeZone",
                "Europe/Madrid",
                "currency",
                "EUR");
        WebClient.Answer once = client.post(first.baseUrl() + "/new-event", fields);
        WebClient.Answer twice = client.post(second.baseUrl() + "/new-event", fields);
        assertThat(once.status()).isEqualTo(303);
        assertThat(twice.status()).isEqualTo(303);
        assertThat(twice.header("Location")).isEqualTo(once.header("Location"));

        String token = new Http(first.baseUrl())
                .post("/tokens", Map.of("login", "dora", "password", "correct horse battery"))
                .send()
                .json()
                .path("accessToken")
                .asText();
        var events =
                new Http(first.baseUrl()).get("/events").bearer(token).send().json();
        assertThat(events).hasSize(1);

        for (String path :
                new String[] {"/", "/account", once.header("Location"), once.header("Location") + "/ledger"}) {
            WebClient.Answer page = client.get(first.baseUrl() + path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("eyJ").doesNotContain("Bearer");
        }
    }

    @Test
    void assets_have_fingerprinted_names_and_long_cache_headers() {
        WebClient client = new WebClient();
        String page = client.get(first.baseUrl() + "/sign-in").body();
        Matcher css = Pattern.compile("href=\"(/assets/pico\\.classless\\.min\\.[0-9a-f]{12}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).isTrue();
        var asset = new Http(first.baseUrl()).get(css.group(1)).send();
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(new Http(first.baseUrl())
                        .get("/assets/pico.classless.min.css")
                        .send()
                        .status())
                .isEqualTo(404);
    }
}
