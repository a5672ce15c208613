package geventator.events;

import static geventator.events.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationTest extends EventRoleServer {

    @Test
    void reports_every_invalid_field_of_a_new_event_with_400_and_creates_nothing() {
        Map<String, Object> body = event(" ");
        body.put("end", "2027-06-09T09:00:00+02:00");
        body.put("timeZone", "Mars/Olympus");
        body.put("currency", "XYZ");

        var created = http.post("/events", body).bearer(ana).send();

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.contentType()).startsWith("application/problem+json");
        assertThat(fields(created.json())).containsExactlyInAnyOrder("name", "end", "timeZone", "currency");
        assertThat(http.get("/events").bearer(ana).send().json()).isEmpty();
    }

    @Test
    void refuses_malformed_bodies_with_400() {
        Map<String, Object> unknownField = event("Fair");
        unknownField.put("colour", "red");
        Map<String, Object> badDate = event("Fair");
        badDate.put("start", "next tuesday");
        Map<String, Object> noOffset = event("Fair");
        noOffset.put("start", "2027-06-10T09:00:00");

        assertThat(http.post("/events", unknownField).bearer(ana).send().status())
                .isEqualTo(400);
        assertThat(http.post("/events", badDate).bearer(ana).send().status()).isEqualTo(400);
        assertThat(http.post("/events", noOffset).bearer(ana).send().status()).isEqualTo(400);
        assertThat(http.post("/events", "{not json").bearer(ana).send().status())
                .isEqualTo(400);
        assertThat(http.get("/events").bearer(ana).send().json()).isEmpty();
    }

    @Test
    void refuses_a_malformed_event_id_with_400() {
        var read = http.get("/events/12345").bearer(ana).send();

        assertThat(read.status()).isEqualTo(400);
        assertThat(fields(read.json())).containsExactly("eventId");
    }

    @Test
    void accepts_any_iso_4217_currency() {
        Map<String, Object> body = event("Tokyo meetup");
        body.put("currency", "JPY");
        body.put("timeZone", "Asia/Tokyo");

        var created = http.post("/events", body).bearer(ana).send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("currency").asText()).isEqualTo("JPY");
        http.delete("/events/" + created.json().path("id").asText()).bearer(ana).send();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
