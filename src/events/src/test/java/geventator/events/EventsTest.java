package geventator.events;

import static geventator.events.Fixtures.createEvent;
import static geventator.events.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsTest extends EventRoleServer {

    @Test
    void the_creator_owns_the_event_and_sees_it_among_theirs() {
        var created =
                http.post("/events", event("Harvest festival")).bearer(ana).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("role").asText()).isEqualTo("OWNER");
        assertThat(created.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(created.json().path("status").asText()).isEqualTo("PLANNING");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        var mine = http.get("/events").bearer(ana).send();
        assertThat(mine.json().findValuesAsText("name")).contains("Harvest festival");
    }

    @Test
    void keeps_the_offset_the_client_wrote() {
        String id = createEvent(http, ana);

        var read = http.get("/events/" + id).bearer(ana).send();

        assertThat(read.json().path("start").asText()).isEqualTo("2027-06-10T09:00:00+02:00");
        assertThat(read.json().path("timeZone").asText()).isEqualTo("Europe/Madrid");
    }

    @Test
    void adds_a_member_by_username_who_then_sees_the_event_with_their_role() {
        String id = createEvent(http, ana);

        var added = http.post("/events/" + id + "/members", Map.of("username", "bob", "role", "ORGANIZER"))
                .bearer(ana)
                .send();

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("displayName").asText()).isEqualTo("Display bob");
        var access = http.get("/events/" + id + "/access").bearer(bob).send();
        assertThat(access.status()).isEqualTo(200);
        assertThat(access.json().path("role").asText()).isEqualTo("ORGANIZER");
        assertThat(access.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(access.json().path("timeZone").asText()).isEqualTo("Europe/Madrid");
    }

    @Test
    void refuses_an_unknown_username_with_422() {
        String id = createEvent(http, ana);

        var added = http.post("/events/" + id + "/members", Map.of("username", "nobody"))
                .bearer(ana)
                .send();

        assertThat(added.status()).isEqualTo(422);
        assertThat(added.json().path("type").asText()).endsWith("unknown-user");
        assertThat(http.get("/events/" + id + "/members").bearer(ana).send().json())
                .hasSize(1);
    }

    @Test
    void hides_the_event_from_a_non_member_with_404() {
        String id = createEvent(http, ana);

        assertThat(http.get("/events/" + id).bearer(bob).send().status()).isEqualTo(404);
        assertThat(http.get("/events/" + id + "/access").bearer(bob).send().status())
                .isEqualTo(404);
        assertThat(http.get("/events/" + id + "/members").bearer(bob).send().status())
                .isEqualTo(404);
    }

    @Test
    void a_deleted_event_and_its_timetable_are_gone_for_its_owner() {
        String id = createEvent(http, ana);
        http.post(
                        "/events/" + id + "/activities",
                        Fixtures.activity("Talk", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"))
                .bearer(ana)
                .send();

        assertThat(http.delete("/events/" + id).bearer(ana).send().status()).isEqualTo(204);

        assertThat(http.get("/events/" + id).bearer(ana).send().status()).isEqualTo(404);
        assertThat(http.get("/events/" + id + "/activities").bearer(ana).send().status())
                .isEqualTo(404);
    }

    @Test
    void refuses_to_delete_an_event_that_another_module_keeps_with_409() {
        var created =
                http.post("/events", event("Fair with a ledger")).bearer(ana).send();
        String id = created.json().path("id").asText();

        var deleted = http.delete("/events/" + id).bearer(ana).send();

        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.json().path("detail").asText()).contains("has entries");
        assertThat(http.get("/events/" + id).bearer(ana).send().status()).isEqualTo(200);
    }

    @Test
    void archiving_is_for_owners_and_shows_in_the_status() {
        String id = createEvent(http, ana);

        var archived = http.post("/events/" + id + "/archive", null).bearer(ana).send();

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().path("status").asText()).isEqualTo("ARCHIVED");
    }

    @Test
    void refuses_requests_without_a_token_with_401() {
        assertThat(http.get("/events").send().status()).isEqualTo(401);
    }
}
