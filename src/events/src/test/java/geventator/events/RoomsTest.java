package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A room is a room however it is typed: case and surrounding or repeated spaces do not make another one. */
class RoomsTest extends EventRoleServer {

    String event;

    @BeforeEach
    void newEvent() {
        event = createEvent(http, ana);
    }

    @Test
    void the_same_room_in_another_case_or_with_spaces_is_a_conflict() {
        assertThat(post(activity("Opening", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "main stage"))
                        .status())
                .isEqualTo(201);

        var clash = post(
                activity("Soundcheck", "2027-06-10T10:30:00+02:00", "2027-06-10T11:30:00+02:00", "  Main   Stage "));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("conflicts").findValuesAsText("title")).containsExactly("Opening");
    }

    @Test
    void accepted_overlaps_in_one_room_spelled_two_ways_are_listed_as_conflicts() {
        post(activity("Opening", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "main stage"));
        http.post(
                        "/events/" + event + "/activities?acceptOverlap=true",
                        activity("Soundcheck", "2027-06-10T10:30:00+02:00", "2027-06-10T11:30:00+02:00", "Main stage"))
                .bearer(ana)
                .send();

        var conflicts =
                http.get("/events/" + event + "/conflicts").bearer(ana).send().json();

        assertThat(conflicts.findValuesAsText("reason")).containsExactly("both take place in main stage");
    }

    @Test
    void the_event_lists_its_rooms_once_each_and_filters_by_room_regardless_of_case() {
        post(activity("Opening", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Main stage"));
        post(activity("Talk", "2027-06-10T12:00:00+02:00", "2027-06-10T13:00:00+02:00", "main STAGE "));
        post(activity("Lunch", "2027-06-10T12:00:00+02:00", "2027-06-10T13:00:00+02:00", "Garden"));
        post(activity("Walk", "2027-06-10T14:00:00+02:00", "2027-06-10T15:00:00+02:00", null));

        var rooms = http.get("/events/" + event + "/rooms").bearer(ana).send();
        var onStage = http.get("/events/" + event + "/activities?location=MAIN%20stage")
                .bearer(ana)
                .send()
                .json();

        assertThat(rooms.status()).isEqualTo(200);
        assertThat(rooms.json().findValuesAsText("name")).containsExactly("Garden", "Main stage");
        assertThat(onStage.findValuesAsText("title")).containsExactly("Opening", "Talk");
    }

    @Test
    void a_stranger_cannot_list_the_rooms() {
        assertThat(http.get("/events/" + event + "/rooms").bearer(cid).send().status())
                .isEqualTo(404);
    }

    private Http.Reply post(Map<String, Object> body) {
        return http.post("/events/" + event + "/activities", body).bearer(ana).send();
    }
}
