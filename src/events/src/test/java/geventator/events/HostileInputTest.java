package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.createEvent;
import static geventator.events.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inputs a hostile tester sent that once answered 500: each is a 400 problem now, and nothing is stored. */
class HostileInputTest extends EventRoleServer {

    @Test
    void dates_beyond_the_years_1_to_9999_are_a_400_naming_the_field() {
        Map<String, Object> early = event("Far past");
        early.put("start", "-999999999-01-01T00:00:00+18:00");
        Map<String, Object> late = event("Far future");
        late.put("end", "+999999999-12-31T23:59:59-18:00");

        assertInvalid(http.post("/events", early).bearer(ana).send(), "start");
        assertInvalid(http.post("/events", late).bearer(ana).send(), "end");
        assertThat(http.get("/events").bearer(ana).send().json().findValuesAsText("name"))
                .doesNotContain("Far past", "Far future");
    }

    @Test
    void a_day_filter_beyond_the_years_is_a_400() {
        String id = createEvent(http, ana);

        assertInvalid(
                http.get("/events/" + id + "/activities?day=%2B999999999-12-31")
                        .bearer(ana)
                        .send(),
                "day");
        assertInvalid(
                http.get("/events/" + id + "/activities?day=-999999999-01-01")
                        .bearer(ana)
                        .send(),
                "day");
    }

    @Test
    void every_system_v_zone_is_refused_at_creation_and_in_an_edit_so_the_calendar_always_renders() {
        List<String> systemV = ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.startsWith("SystemV/"))
                .sorted()
                .toList();
        String id = createEvent(http, ana);

        assertThat(systemV).isNotEmpty();
        for (String zone : systemV) {
            Map<String, Object> body = event("Old zone");
            body.put("timeZone", zone);
            assertInvalid(http.post("/events", body).bearer(ana).send(), "timeZone");
            assertInvalid(
                    http.patch("/events/" + id, Map.of("timeZone", zone, "version", 1))
                            .bearer(ana)
                            .send(),
                    "timeZone");
        }
        assertThat(http.get("/events/" + id + "/calendar.ics")
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void a_null_inside_a_list_is_a_400_naming_the_element() {
        String id = createEvent(http, ana);
        Map<String, Object> nullResponsible = activity("Talk", Fixtures.START, "2027-06-10T10:00:00+02:00", "Hall A");
        nullResponsible.put("responsible", java.util.Arrays.asList((Object) null));
        Map<String, Object> nullTag = activity("Talk", Fixtures.START, "2027-06-10T10:00:00+02:00", "Hall B");
        nullTag.put("tags", java.util.Arrays.asList("music", null));

        assertInvalid(
                http.post("/events/" + id + "/activities", nullResponsible)
                        .bearer(ana)
                        .send(),
                "responsible[0]");
        assertInvalid(
                http.post("/events/" + id + "/activities", nullTag).bearer(ana).send(), "tags[1]");
        assertThat(http.get("/events/" + id + "/activities").bearer(ana).send().json())
                .isEmpty();
    }

    @Test
    void control_characters_other_than_tab_and_newline_are_refused_in_any_text_field() {
        String id = createEvent(http, ana);
        for (String control : List.of("\u0000", "\u0007", "\r", "\u001b[31m", "\u007f", "\u0085")) {
            Map<String, Object> body =
                    activity("Talk" + control + "END:VEVENT", Fixtures.START, "2027-06-10T10:00:00+02:00", "Hall");
            assertInvalid(
                    http.post("/events/" + id + "/activities", body).bearer(ana).send(), "title");
            Map<String, Object> event = event("Fair");
            event.put("description", "line one" + control);
            assertInvalid(http.post("/events", event).bearer(ana).send(), "description");
        }
        Map<String, Object> tabsAndNewlines = event("Tabbed\tfair");
        tabsAndNewlines.put("description", "line one\nline two");
        assertThat(http.post("/events", tabsAndNewlines).bearer(ana).send().status())
                .isEqualTo(201);
        assertThat(http.get("/events/" + id + "/activities").bearer(ana).send().json())
                .isEmpty();
    }

    @Test
    void a_control_character_in_a_query_is_a_400() {
        String id = createEvent(http, ana);

        assertInvalid(
                http.get("/events/" + id + "/activities?location=Hall%00A")
                        .bearer(ana)
                        .send(),
                "location");
    }

    private static void assertInvalid(Http.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").findValuesAsText("field"))
                .as(reply.toString())
                .contains(field);
        assertThat(reply.text()).doesNotContain("Exception", "java.", "at geventator");
    }
}
