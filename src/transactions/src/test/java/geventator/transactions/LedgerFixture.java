package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import geventator.transactions.Organizers.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ledger over HTTP, with the real user and event roles in the same process: one server per test class,
 * four people (Ana owns the event, Luis organizes, Vera views, Sam is a stranger) and a fresh event per test.
 */
abstract class LedgerFixture {

    @RegisterExtension
    static final RunningApp running = RunningApp.role("all");

    static Http http;
    static Person ana;
    static Person luis;
    static Person vera;
    static Person stranger;
    String eventId;

    @BeforeAll
    static void start() {
        http = running.http();
        ana = Organizers.register(http, "Ana");
        luis = Organizers.register(http, "Luis");
        vera = Organizers.register(http, "Vera");
        stranger = Organizers.register(http, "Sam");
    }

    @BeforeEach
    void event() {
        eventId = Organizers.event(http, ana);
        Organizers.addMember(http, eventId, ana, luis, "ORGANIZER");
        Organizers.addMember(http, eventId, ana, vera, "VIEWER");
    }

    static JsonNode plan(JsonNode plans, String name) {
        for (JsonNode plan : plans) {
            if (plan.path("name").asText().equals(name)) {
                return plan;
            }
        }
        throw new AssertionError("no plan " + name + " in " + plans);
    }

    String base() {
        return "/events/" + eventId + "/ledger";
    }

    Http.Reply post(Person who, Object body) {
        return http.post(base() + "/entries", body).bearer(who.token()).send();
    }

    Http.Reply get(Person who, String path) {
        return http.get(base() + path).bearer(who.token()).send();
    }

    long count() {
        return get(ana, "/entries?includeVoided=true&limit=200")
                .json()
                .path("items")
                .size();
    }

    static List<String> concepts(JsonNode page) {
        List<String> concepts = new ArrayList<>();
        page.path("items").forEach(item -> concepts.add(item.path("concept").asText()));
        return concepts;
    }

    static String activity(String event, String title) {
        var created = http.post(
                        "/events/" + event + "/activities",
                        Map.of(
                                "title",
                                title,
                                "start",
                                "2026-06-02T18:00:00+02:00",
                                "end",
                                "2026-06-02T20:00:00+02:00"))
                .bearer(ana.token())
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }
}
