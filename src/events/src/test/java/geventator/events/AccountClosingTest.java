package geventator.events;

import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.event;
import static geventator.events.Fixtures.signUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.Http;
import geventator.testkit.RunningApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Closing an account (DELETE /users/me) with the event role in the same process. */
class AccountClosingTest {

    @RegisterExtension
    static final RunningApp SERVER = RunningApp.role("all");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static Http http;

    @BeforeAll
    static void client() {
        http = SERVER.http();
    }

    @Test
    void a_sole_owner_of_an_event_with_other_members_is_refused_with_409_naming_the_event() {
        User owner = user("own");
        User member = user("mem");
        String festival = create(owner, "Street festival");
        addMember(http, owner.token(), festival, member.name(), "ORGANIZER");

        Http.Reply refused = http.delete("/users/me").bearer(owner.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("Street festival");
        assertThat(refused.json().path("holdings").get(0).path("id").asText()).isEqualTo(festival);
        assertThat(http.get("/users/me").bearer(owner.token()).send().status()).isEqualTo(200);
        assertThat(members(festival, member)).contains(owner.name(), member.name());
    }

    @Test
    void after_handing_ownership_over_the_account_closes_and_its_memberships_go_with_it() {
        User owner = user("own");
        User member = user("mem");
        String festival = create(owner, "Street festival");
        addMember(http, owner.token(), festival, member.name(), "ORGANIZER");
        assertThat(http.patch("/events/" + festival + "/members/" + member.id(), Map.of("role", "OWNER"))
                        .bearer(owner.token())
                        .send()
                        .status())
                .isEqualTo(200);

        assertThat(http.delete("/users/me").bearer(owner.token()).send().status())
                .isEqualTo(204);

        assertThat(members(festival, member)).containsExactly(member.name());
    }

    @Test
    void a_member_who_is_not_the_sole_owner_closes_at_once_and_leaves_every_event() {
        User owner = user("own");
        User viewer = user("view");
        String first = create(owner, "Conference");
        String second = create(owner, "Gala");
        addMember(http, owner.token(), first, viewer.name(), "VIEWER");
        addMember(http, owner.token(), second, viewer.name(), "ORGANIZER");

        assertThat(http.delete("/users/me").bearer(viewer.token()).send().status())
                .isEqualTo(204);

        assertThat(members(first, owner)).containsExactly(owner.name());
        assertThat(members(second, owner)).containsExactly(owner.name());
    }

    @Test
    void an_event_whose_only_member_closes_the_account_goes_with_it() {
        User alone = user("solo");
        User witness = user("wit");
        String trip = create(alone, "Student trip");

        assertThat(http.delete("/users/me").bearer(alone.token()).send().status())
                .isEqualTo(204);

        assertThat(http.get("/events/" + trip).bearer(witness.token()).send().status())
                .isEqualTo(404);
        assertThat(http.get("/users/" + alone.id())
                        .bearer(witness.token())
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void an_event_the_ledger_keeps_holds_the_account_of_its_only_member() {
        User alone = user("solo");
        String kept = create(alone, "Charity ledger");

        Http.Reply refused = http.delete("/users/me").bearer(alone.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("holdings").get(0).path("id").asText()).isEqualTo(kept);
        assertThat(http.get("/events/" + kept).bearer(alone.token()).send().status())
                .isEqualTo(200);
    }

    private record User(String name, String id, String token) {}

    private static User user(String stem) {
        String name = stem + SEQUENCE.incrementAndGet();
        String token = signUp(http, name);
        String id = http.get("/users/me").bearer(token).send().json().path("id").asText();
        return new User(name, id, token);
    }

    private static String create(User owner, String name) {
        var created = http.post("/events", event(name)).bearer(owner.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static List<String> members(String eventId, User asking) {
        Http.Reply reply = http.get("/events/" + eventId + "/members")
                .bearer(asking.token())
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode member : reply.json()) {
            names.add(member.path("username").asText());
        }
        return names;
    }
}
