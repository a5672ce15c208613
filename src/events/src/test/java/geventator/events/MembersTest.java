package geventator.events;

import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.concurrently;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MembersTest extends EventRoleServer {

    @Test
    void two_owners_demoting_each_other_at_once_always_leave_an_owner() {
        for (int round = 0; round < 15; round++) {
            String id = createEvent(http, ana);
            addMember(http, ana, id, "bob", "OWNER");
            CountDownLatch go = new CountDownLatch(1);
            var anaDemotesBob = concurrently(
                    go,
                    () -> http.patch("/events/" + id + "/members/" + bobId, Map.of("role", "ORGANIZER"))
                            .bearer(ana)
                            .send()
                            .status());
            var bobDemotesAna = concurrently(
                    go,
                    () -> http.patch("/events/" + id + "/members/" + anaId, Map.of("role", "ORGANIZER"))
                            .bearer(bob)
                            .send()
                            .status());
            go.countDown();

            assertThat(List.of(anaDemotesBob.join(), bobDemotesAna.join())).containsExactlyInAnyOrder(200, 403);
            assertThat(roles(id)).containsExactlyInAnyOrder("OWNER", "ORGANIZER");
        }
    }

    @Test
    void the_last_owner_can_neither_leave_nor_step_down() {
        String id = createEvent(http, ana);

        var leave = http.delete("/events/" + id + "/members/me").bearer(ana).send();
        var stepDown = http.patch("/events/" + id + "/members/" + anaId, Map.of("role", "VIEWER"))
                .bearer(ana)
                .send();

        assertThat(leave.status()).isEqualTo(409);
        assertThat(stepDown.status()).isEqualTo(409);
        assertThat(leave.json().path("type").asText()).endsWith("last-owner");
        assertThat(roles(id)).containsExactly("OWNER");
    }

    @Test
    void an_owner_may_step_down_once_another_owner_remains() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "OWNER");

        var stepDown = http.patch("/events/" + id + "/members/" + anaId, Map.of("role", "VIEWER"))
                .bearer(ana)
                .send();

        assertThat(stepDown.status()).isEqualTo(200);
        assertThat(roles(id)).containsExactlyInAnyOrder("OWNER", "VIEWER");
    }

    @Test
    void a_viewer_reads_but_is_refused_every_change_with_403() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "VIEWER");
        String path = "/events/" + id;

        assertThat(http.get(path).bearer(bob).send().status()).isEqualTo(200);
        assertThat(http.get(path + "/activities").bearer(bob).send().status()).isEqualTo(200);
        assertThat(http.patch(path, Map.of("name", "Mine now", "version", 1))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(http.post(
                                path + "/activities",
                                Fixtures.activity(
                                        "Talk", "2027-06-10T10:00:00+02:00", "2027-06-10T11:00:00+02:00", "Hall"))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(http.post(path + "/members", Map.of("username", "cid"))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(http.delete(path).bearer(bob).send().status()).isEqualTo(403);
    }

    @Test
    void an_organizer_edits_the_event_but_may_not_manage_members_or_delete() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");
        String path = "/events/" + id;

        assertThat(http.patch(path, Map.of("name", "Renamed", "version", 1))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(http.post(path + "/members", Map.of("username", "cid"))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(http.patch(path + "/members/" + anaId, Map.of("role", "VIEWER"))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(http.delete(path).bearer(bob).send().status()).isEqualTo(403);
        assertThat(http.post(path + "/archive", null).bearer(bob).send().status())
                .isEqualTo(403);
        assertThat(http.patch(path, Map.of("status", "ARCHIVED", "version", 2))
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_non_member_gets_404_for_everything_of_the_event() {
        String id = createEvent(http, ana);
        String path = "/events/" + id;

        assertThat(http.get(path).bearer(cid).send().status()).isEqualTo(404);
        assertThat(http.patch(path, Map.of("name", "x", "version", 1))
                        .bearer(cid)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.get(path + "/activities").bearer(cid).send().status()).isEqualTo(404);
        assertThat(http.get(path + "/conflicts").bearer(cid).send().status()).isEqualTo(404);
        assertThat(http.delete(path).bearer(cid).send().status()).isEqualTo(404);
    }

    @Test
    void a_member_may_leave_and_then_no_longer_sees_the_event() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");

        assertThat(http.delete("/events/" + id + "/members/me")
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/events/" + id).bearer(bob).send().status()).isEqualTo(404);
        assertThat(roles(id)).containsExactly("OWNER");
    }

    @Test
    void an_owner_removes_a_member_added_by_user_id() {
        String id = createEvent(http, ana);
        var added = http.post("/events/" + id + "/members", Map.of("userId", bobId))
                .bearer(ana)
                .send();
        assertThat(added.json().path("role").asText()).isEqualTo("VIEWER");

        assertThat(http.delete("/events/" + id + "/members/" + bobId)
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(204);

        assertThat(roles(id)).containsExactly("OWNER");
    }

    @Test
    void refuses_adding_a_member_twice_with_409() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "VIEWER");

        var again = http.post("/events/" + id + "/members", Map.of("username", "BOB"))
                .bearer(ana)
                .send();

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void refuses_malformed_member_requests_with_400_and_adds_no_one() {
        String id = createEvent(http, ana);
        String members = "/events/" + id + "/members";

        assertThat(http.post(members, Map.of("role", "VIEWER"))
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(http.post(members, Map.of("username", "bob", "userId", bobId))
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(http.post(members, Map.of("username", "bob", "role", "KING"))
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(http.patch(members + "/not-an-id", Map.of("role", "VIEWER"))
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(roles(id)).containsExactly("OWNER");
    }

    private static List<String> roles(String eventId) {
        JsonNode members =
                http.get("/events/" + eventId + "/members").bearer(ana).send().json();
        if (members.isMissingNode() || !members.isArray()) {
            members = http.get("/events/" + eventId + "/members")
                    .bearer(bob)
                    .send()
                    .json();
        }
        List<String> roles = new ArrayList<>();
        members.forEach(m -> roles.add(m.path("role").asText()));
        return roles;
    }
}
