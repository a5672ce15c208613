package geventator.events;

import static geventator.events.Fixtures.activity;
import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.concurrently;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimetableTest extends EventRoleServer {

    String event;

    @BeforeEach
    void newEvent() {
        event = createEvent(http, ana);
        addMember(http, ana, event, "bob", "ORGANIZER");
    }

    @Test
    void touching_intervals_are_not_overlaps() {
        add("Opening", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");

        var next = post(activity("Keynote", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"));

        assertThat(next.status()).isEqualTo(201);
    }

    @Test
    void refuses_an_overlap_in_the_same_location_with_409_listing_the_conflict() {
        String opening = add("Opening", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");

        var clash = post(activity("Keynote", "2027-06-10T09:30:00+02:00", "2027-06-10T10:30:00+02:00", "Hall"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("type").asText()).endsWith("timetable-conflict");
        assertThat(clash.json().path("conflicts").findValuesAsText("id")).containsExactly(opening);
        assertThat(titles(http.get(activities()).bearer(ana).send().json())).containsExactly("Opening");
    }

    @Test
    void the_same_time_in_another_location_is_no_conflict() {
        add("Opening", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");

        assertThat(post(activity("Workshop", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Garden"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void refuses_double_booking_a_responsible_member_in_another_location() {
        Map<String, Object> talk = activity("Talk", "2027-06-10T14:00:00+02:00", "2027-06-10T15:00:00+02:00", "Hall");
        talk.put("responsible", List.of(bobId));
        assertThat(post(talk).status()).isEqualTo(201);
        Map<String, Object> workshop =
                activity("Workshop", "2027-06-10T14:30:00+02:00", "2027-06-10T15:30:00+02:00", "Garden");
        workshop.put("responsible", List.of(bobId));

        assertThat(post(workshop).status()).isEqualTo(409);
    }

    @Test
    void finds_overlaps_across_midnight() {
        add("Night market", "2027-06-10T23:00:00+02:00", "2027-06-11T01:00:00+02:00", "Square");

        var clash = post(activity("Late gig", "2027-06-11T00:30:00+02:00", "2027-06-11T02:00:00+02:00", "Square"));
        var after = post(activity("Cleaning", "2027-06-11T01:00:00+02:00", "2027-06-11T02:00:00+02:00", "Square"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(after.status()).isEqualTo(201);
    }

    @Test
    void compares_times_written_with_different_offsets_as_instants() {
        add("Lunch", "2027-06-10T12:00:00+02:00", "2027-06-10T13:00:00+02:00", "Patio");

        var clash = post(activity("Call", "2027-06-10T10:30:00Z", "2027-06-10T11:30:00Z", "Patio"));
        var touching = post(activity("Siesta", "2027-06-10T06:00:00-05:00", "2027-06-10T07:00:00-05:00", "Patio"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(touching.status()).isEqualTo(201);
        assertThat(touching.json().path("start").asText()).isEqualTo("2027-06-10T06:00:00-05:00");
    }

    @Test
    void keeps_an_accepted_overlap_and_lists_it_among_the_conflicts() {
        String opening = add("Opening", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");
        Map<String, Object> keynote =
                activity("Keynote", "2027-06-10T09:30:00+02:00", "2027-06-10T10:30:00+02:00", "Hall");
        keynote.put("acceptOverlap", true);
        String accepted = post(keynote).json().path("id").asText();
        var byQuery = http.post(
                        activities() + "?acceptOverlap=true",
                        activity("Rehearsal", "2027-06-10T09:45:00+02:00", "2027-06-10T09:50:00+02:00", "Hall"))
                .bearer(ana)
                .send();

        var conflicts = http.get("/events/" + event + "/conflicts").bearer(ana).send();

        assertThat(byQuery.status()).isEqualTo(201);
        assertThat(conflicts.json()).hasSize(3);
        assertThat(conflicts.json().get(0).path("first").path("id").asText()).isEqualTo(opening);
        assertThat(conflicts.json().get(0).path("second").path("id").asText()).isEqualTo(accepted);
    }

    @Test
    void moving_an_activity_onto_another_is_refused_unless_accepted() {
        add("Opening", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");
        String later = add("Keynote", "2027-06-10T11:00:00+02:00", "2027-06-10T12:00:00+02:00", "Hall");
        String path = activities() + "/" + later;

        var moved = http.patch(path, Map.of("start", "2027-06-10T09:30:00+02:00", "version", 1))
                .bearer(ana)
                .send();
        var accepted = http.patch(
                        path + "?acceptOverlap=true", Map.of("start", "2027-06-10T09:30:00+02:00", "version", 1))
                .bearer(ana)
                .send();

        assertThat(moved.status()).isEqualTo(409);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void an_activity_does_not_conflict_with_itself_when_edited() {
        String talk = add("Talk", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");

        var longer = http.patch(activities() + "/" + talk, Map.of("end", "2027-06-10T10:30:00+02:00"))
                .header("If-Match", "\"1\"")
                .bearer(ana)
                .send();

        assertThat(longer.status()).isEqualTo(200);
    }

    @Test
    void refuses_an_activity_outside_the_event_dates_with_422() {
        var early = post(activity("Setup", "2027-06-10T07:00:00+02:00", "2027-06-10T08:00:00+02:00", "Hall"));
        var late = post(activity("Party", "2027-06-12T17:00:00+02:00", "2027-06-12T19:00:00+02:00", "Hall"));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("errors").get(0).path("field").asText()).isEqualTo("start");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().path("errors").get(0).path("field").asText()).isEqualTo("end");
        assertThat(http.get(activities()).bearer(ana).send().json()).isEmpty();
    }

    @Test
    void refuses_invalid_activities_with_400_or_422() {
        Map<String, Object> stranger =
                activity("Talk", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall");
        stranger.put("responsible", List.of("0123456789abcdef01234567"));

        assertThat(post(activity("", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"))
                        .status())
                .isEqualTo(400);
        assertThat(post(activity("Backwards", "2027-06-10T11:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall"))
                        .status())
                .isEqualTo(400);
        assertThat(post(stranger).status()).isEqualTo(422);
        assertThat(http.get(activities() + "?day=tomorrow").bearer(ana).send().status())
                .isEqualTo(400);
        assertThat(http.get(activities()).bearer(ana).send().json()).isEmpty();
    }

    @Test
    void lists_chronologically_and_filters_by_day_location_and_member() {
        add("Second day", "2027-06-11T09:00:00+02:00", "2027-06-11T10:00:00+02:00", "Hall");
        add("Late first day", "2027-06-10T15:00:00+02:00", "2027-06-10T16:00:00+02:00", "Garden");
        Map<String, Object> bobs =
                activity("Early first day", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");
        bobs.put("responsible", List.of(bobId));
        post(bobs);

        assertThat(titles(get(""))).containsExactly("Early first day", "Late first day", "Second day");
        assertThat(titles(get("?day=2027-06-10"))).containsExactly("Early first day", "Late first day");
        assertThat(titles(get("?location=Hall"))).containsExactly("Early first day", "Second day");
        assertThat(titles(get("?member=" + bobId))).containsExactly("Early first day");
    }

    @Test
    void lists_only_the_activities_asked_for_by_id_and_refuses_what_is_not_an_id() {
        String second = add("Second day", "2027-06-11T09:00:00+02:00", "2027-06-11T10:00:00+02:00", "Hall");
        add("Late first day", "2027-06-10T15:00:00+02:00", "2027-06-10T16:00:00+02:00", "Garden");
        String early = add("Early first day", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");
        String otherEvent = createEvent(http, ana);
        String elsewhere = Fixtures.addActivity(
                http,
                ana,
                otherEvent,
                activity("Elsewhere", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall"));

        var asked = get("?id=" + second + "&id=" + early.toUpperCase(java.util.Locale.ROOT) + "&id=" + elsewhere);

        assertThat(titles(asked)).containsExactly("Early first day", "Second day");
        assertThat(titles(get("?location=Hall&id=" + second))).containsExactly("Second day");
        var refused = http.get(activities() + "?id=" + second + "&id=nonsense")
                .bearer(ana)
                .send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.toString()).contains("id").doesNotContain("Exception");
    }

    @Test
    void of_overlapping_activities_added_at_once_at_most_one_is_kept() {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body =
                    activity("Racer " + i, "2027-06-10T14:00:00+02:00", "2027-06-10T15:00:00+02:00", "Arena");
            racing.add(concurrently(go, () -> post(body).status()));
        }
        go.countDown();

        List<Integer> statuses = racing.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).isSubsetOf(201, 409);
        long kept = http.get(activities() + "?location=Arena")
                .bearer(ana)
                .send()
                .json()
                .size();
        assertThat(kept)
                .isLessThanOrEqualTo(1)
                .isEqualTo(statuses.stream().filter(s -> s == 201).count());
    }

    @Test
    void of_activities_moved_at_once_onto_the_same_slot_at_most_one_lands_there() {
        List<String> ids = new ArrayList<>();
        for (int hour = 10; hour < 15; hour++) {
            ids.add(add(
                    "Mover " + hour,
                    "2027-06-11T" + hour + ":00:00+02:00",
                    "2027-06-11T" + hour + ":30:00+02:00",
                    "Tent"));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racing = ids.stream()
                .map(id -> concurrently(
                        go,
                        () -> http.patch(
                                        activities() + "/" + id,
                                        Map.of(
                                                "start",
                                                "2027-06-11T18:00:00+02:00",
                                                "end",
                                                "2027-06-11T19:00:00+02:00",
                                                "version",
                                                1))
                                .bearer(ana)
                                .send()
                                .status()))
                .toList();
        go.countDown();

        List<Integer> statuses = racing.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).isSubsetOf(200, 409);
        long landed = get("?location=Tent").findValuesAsText("start").stream()
                .filter(start -> start.startsWith("2027-06-11T18:00"))
                .count();
        assertThat(landed)
                .isLessThanOrEqualTo(1)
                .isEqualTo(statuses.stream().filter(s -> s == 200).count());
        assertThat(http.get("/events/" + event + "/conflicts")
                        .bearer(ana)
                        .send()
                        .json())
                .isEmpty();
    }

    @Test
    void deletes_an_activity() {
        String talk = add("Talk", "2027-06-10T09:00:00+02:00", "2027-06-10T10:00:00+02:00", "Hall");

        assertThat(http.delete(activities() + "/" + talk).bearer(ana).send().status())
                .isEqualTo(204);
        assertThat(http.get(activities() + "/" + talk).bearer(ana).send().status())
                .isEqualTo(404);
    }

    private String activities() {
        return "/events/" + event + "/activities";
    }

    private Http.Reply post(Map<String, Object> body) {
        return http.post(activities(), body).bearer(ana).send();
    }

    private JsonNode get(String query) {
        return http.get(activities() + query).bearer(ana).send().json();
    }

    private String add(String title, String start, String end, String location) {
        return Fixtures.addActivity(http, ana, event, activity(title, start, end, location));
    }

    private static List<String> titles(JsonNode activities) {
        List<String> titles = new ArrayList<>();
        activities.forEach(a -> titles.add(a.path("title").asText()));
        return titles;
    }
}
