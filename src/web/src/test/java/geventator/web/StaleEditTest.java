package geventator.web;

import static geventator.web.WebClient.form;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An edit based on a version someone else has replaced (412) shows what changed and can be redone. */
class StaleEditTest {

    @RegisterExtension
    static RunningApp app = RunningApp.role("all");

    @Test
    void a_stale_entry_edit_shows_what_changed_and_saves_once_redone() {
        String base = app.app().baseUrl();
        WebClient ana = new WebClient();
        ana.get(base + "/sign-up");
        ana.post(
                base + "/sign-up",
                form(
                        ana,
                        "username",
                        "ana",
                        "displayName",
                        "Ana",
                        "email",
                        "ana@example.org",
                        "password",
                        "correct horse battery"));
        Http api = app.http();
        String token = api.post("/tokens", Map.of("login", "ana", "password", "correct horse battery"))
                .send()
                .json()
                .path("accessToken")
                .asText();
        String event = api.post(
                        "/events",
                        Map.of(
                                "name",
                                "Fair",
                                "start",
                                "2027-07-01T09:00:00+02:00",
                                "end",
                                "2027-07-01T20:00:00+02:00",
                                "timeZone",
                                "Europe/Madrid"))
                .bearer(token)
                .send()
                .json()
                .path("id")
                .asText();
        String entry = api.post(
                        "/events/" + event + "/ledger/entries",
                        Map.of("kind", "purchase", "concept", "Chairs", "unitPrice", "4.75"))
                .bearer(token)
                .send()
                .json()
                .path("id")
                .asText();
        String path = base + "/e/" + event + "/ledger/" + entry;
        String page = ana.get(path).body();
        assertThat(value(page, "version")).isEqualTo("1");

        assertThat(api.patch("/events/" + event + "/ledger/entries/" + entry, Map.of("concept", "Chairs (40)"))
                        .bearer(token)
                        .header("If-Match", "\"1\"")
                        .send()
                        .status())
                .isEqualTo(200);

        Map<String, String> edit = form(
                ana,
                "formKey",
                value(page, "formKey"),
                "version",
                "1",
                "concept",
                "Folding chairs",
                "quantity",
                "1",
                "unitPrice",
                "5.00",
                "pocket",
                "");
        WebClient.Answer stale = ana.post(path, edit);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body())
                .contains("What changed meanwhile")
                .contains("Chairs (40)")
                .contains("Folding chairs");
        assertThat(value(stale.body(), "version")).isEqualTo("2");

        Map<String, String> redo = form(
                ana,
                "formKey",
                value(stale.body(), "formKey"),
                "version",
                "2",
                "concept",
                "Folding chairs",
                "quantity",
                "1",
                "unitPrice",
                "5.00",
                "pocket",
                "");
        assertThat(ana.post(path, redo).status()).isEqualTo(303);
        var saved = api.get("/events/" + event + "/ledger/entries/" + entry)
                .bearer(token)
                .send()
                .json();
        assertThat(saved.path("concept").asText()).isEqualTo("Folding chairs");
        assertThat(saved.path("amount").asText()).isEqualTo("5.00");
        assertThat(saved.path("version").asInt()).isEqualTo(3);
    }

    private static String value(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name + " in the page").isTrue();
        return m.group(1);
    }
}
