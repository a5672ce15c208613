package geventator.events;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.TestUsers;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Small builders the event role's tests share: users with tokens, events, activities. */
final class Fixtures {

    static final String START = "2027-06-10T09:00:00+02:00";
    static final String END = "2027-06-12T18:00:00+02:00";

    private Fixtures() {}

    /** Registers {@code username} and answers a bearer token. */
    static String signUp(Http http, String username) {
        return TestUsers.signUp(http, username, "Display " + username);
    }

    static Map<String, Object> event(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("location", "Old Town Hall");
        body.put("start", START);
        body.put("end", END);
        body.put("timeZone", "Europe/Madrid");
        return body;
    }

    /** Creates an event owned by {@code token}'s user and answers its id. */
    static String createEvent(Http http, String token) {
        var created = http.post("/events", event("Summer fair")).bearer(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static void addMember(Http http, String owner, String eventId, String username, String role) {
        var added = http.post("/events/" + eventId + "/members", Map.of("username", username, "role", role))
                .bearer(owner)
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    static Map<String, Object> activity(String title, String start, String end, String location) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("start", start);
        body.put("end", end);
        body.put("location", location);
        return body;
    }

    /** Adds the activity to the event as {@code token}'s user; answers its id, failing the test unless 201. */
    static String addActivity(Http http, String token, String eventId, Map<String, Object> activity) {
        var created = http.post("/events/" + eventId + "/activities", activity)
                .bearer(token)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Runs {@code call} on its own thread as soon as {@code go} opens, so that calls race. */
    static <T> CompletableFuture<T> concurrently(CountDownLatch go, Supplier<T> call) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call.get();
                },
                runnable -> new Thread(runnable).start());
    }
}
