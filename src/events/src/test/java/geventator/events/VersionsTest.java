package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.concurrently;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class VersionsTest extends EventRoleServer {

    @Test
    void rejects_a_stale_version_with_412_and_changes_nothing() {
        String id = createEvent(http, ana);
        var first = http.patch("/events/" + id, Map.of("name", "First"))
                .header("If-Match", "\"1\"")
                .bearer(ana)
                .send();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");

        var stale = http.patch("/events/" + id, Map.of("name", "Second"))
                .header("If-Match", "\"1\"")
                .bearer(ana)
                .send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        var read = http.get("/events/" + id).bearer(ana).send();
        assertThat(read.json().path("name").asText()).isEqualTo("First");
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void accepts_the_version_as_a_body_field() {
        String id = createEvent(http, ana);

        var patched = http.patch("/events/" + id, Map.of("description", "Bring a hat", "version", 1))
                .bearer(ana)
                .send();

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("version").asLong()).isEqualTo(2);
        assertThat(patched.json().path("name").asText()).isEqualTo("Summer fair");
    }

    @Test
    void asks_for_a_version_with_428_when_an_edit_names_none() {
        String id = createEvent(http, ana);

        var patched =
                http.patch("/events/" + id, Map.of("name", "Blind")).bearer(ana).send();

        assertThat(patched.status()).isEqualTo(428);
        assertThat(http.get("/events/" + id)
                        .bearer(ana)
                        .send()
                        .json()
                        .path("name")
                        .asText())
                .isEqualTo("Summer fair");
    }

    @Test
    void of_two_concurrent_edits_of_an_activity_one_wins_and_the_other_gets_412() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");
        for (int round = 0; round < 10; round++) {
            var created = http.post(
                            "/events/" + id + "/activities",
                            activity(
                                    "Talk " + round,
                                    "2027-06-10T10:00:00+02:00",
                                    "2027-06-10T11:00:00+02:00",
                                    "Room " + round))
                    .bearer(ana)
                    .send();
            String path =
                    "/events/" + id + "/activities/" + created.json().path("id").asText();
            CountDownLatch go = new CountDownLatch(1);
            var byAna = edit(go, path, ana, "Ana's title");
            var byBob = edit(go, path, bob, "Bob's title");
            go.countDown();

            assertThat(List.of(byAna.join(), byBob.join())).containsExactlyInAnyOrder(200, 412);
            var read = http.get(path).bearer(ana).send();
            assertThat(read.json().path("version").asLong()).isEqualTo(2);
            assertThat(read.json().path("title").asText()).isIn("Ana's title", "Bob's title");
        }
    }

    @Test
    void refuses_an_if_match_that_is_not_a_version_with_400() {
        String id = createEvent(http, ana);

        var patched = http.patch("/events/" + id, Map.of("name", "x"))
                .header("If-Match", "*")
                .bearer(ana)
                .send();

        assertThat(patched.status()).isEqualTo(400);
    }

    private static CompletableFuture<Integer> edit(CountDownLatch go, String path, String token, String title) {
        return concurrently(
                go,
                () -> http.patch(path, Map.of("title", title))
                        .header("If-Match", "\"1\"")
                        .bearer(token)
                        .send()
                        .status());
    }
}
