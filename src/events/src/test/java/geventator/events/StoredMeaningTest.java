package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edits of an event that would change what stored money or times mean, each decided: the currency is locked
 * once the ledger holds entries (here a stand-in ledger keeps events whose name mentions one), the dates may
 * not leave activities outside them, and a new time zone moves no stored time.
 */
class StoredMeaningTest extends EventRoleServer {

    @Test
    void the_currency_cannot_change_once_the_ledger_holds_entries() {
        String id = created(event("Fair with a ledger"));

        var changed = patch(id, Map.of("currency", "JPY"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().path("type").asText()).isEqualTo("urn:geventator:problem:currency-locked");
        assertThat(changed.json().path("currency").asText()).isEqualTo("EUR");
        var read = http.get("/events/" + id).bearer(ana).send();
        assertThat(read.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(read.json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void the_currency_can_change_while_the_ledger_is_empty_and_other_fields_of_a_locked_event_can() {
        String empty = created(event("Summer fair"));
        String locked = created(event("Fair with a ledger"));

        assertThat(patch(empty, Map.of("currency", "JPY"))
                        .json()
                        .path("currency")
                        .asText())
                .isEqualTo("JPY");
        var renamed = patch(locked, Map.of("name", "Fair with a ledger, renamed", "currency", "EUR"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    @Test
    void new_dates_that_would_leave_an_activity_outside_are_refused_and_change_nothing() {
        String id = created(event("Spring fair"));
        var added = http.post(
                        "/events/" + id + "/activities",
                        activity("Closing", "2027-06-12T16:00:00+02:00", "2027-06-12T17:00:00+02:00", "Hall"))
                .bearer(ana)
                .send();
        assertThat(added.status()).isEqualTo(201);

        var shrunk = patch(id, Map.of("end", "2027-06-11T18:00:00+02:00"));
        var stillCovering = patch(id, Map.of("start", "2027-06-11T09:00:00+02:00"));

        assertThat(shrunk.status()).as(shrunk.toString()).isEqualTo(409);
        assertThat(shrunk.json().path("type").asText()).isEqualTo("urn:geventator:problem:activities-outside");
        assertThat(shrunk.json().path("activities").get(0).path("title").asText())
                .isEqualTo("Closing");
        assertThat(stillCovering.status()).as(stillCovering.toString()).isEqualTo(200);
        assertThat(stillCovering.json().path("end").asText()).isEqualTo(Fixtures.END);
    }

    @Test
    void a_new_time_zone_keeps_every_stored_time_and_the_calendar_follows_it() {
        String id = created(event("Autumn fair"));
        var added = http.post(
                        "/events/" + id + "/activities",
                        activity("Opening", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"))
                .bearer(ana)
                .send();

        var moved = patch(id, Map.of("timeZone", "Europe/London"));
        var activity = http.get("/events/" + id + "/activities/"
                        + added.json().path("id").asText())
                .bearer(ana)
                .send();
        var calendar = http.get("/events/" + id + "/calendar.ics").bearer(ana).send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(activity.json().path("start").asText()).isEqualTo("2027-06-10T10:00:00+02:00");
        assertThat(activity.json().path("end").asText()).isEqualTo("2027-06-10T11:00:00+02:00");
        assertThat(calendar.text())
                .contains("X-WR-TIMEZONE:Europe/London", "DTSTART;TZID=Europe/London:20270610T090000");
    }

    private String created(Map<String, Object> body) {
        var created = http.post("/events", body).bearer(ana).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static geventator.testkit.Http.Reply patch(String id, Map<String, Object> change) {
        long version = http.get("/events/" + id)
                .bearer(ana)
                .send()
                .json()
                .path("version")
                .asLong();
        return http.patch("/events/" + id, change)
                .bearer(ana)
                .header("If-Match", "\"" + version + "\"")
                .send();
    }
}
