package geventator.events;

import static geventator.events.Fixtures.addMember;
import static geventator.events.Fixtures.createEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.testkit.EventMembers;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event's own accounts, members' shares and stakes, former members, and closing an event. */
class KittyAndSharesTest extends EventRoleServer {

    @Test
    void a_new_event_has_one_account_an_owner_adds_and_renames_more_and_names_are_unique_regardless_of_case() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");
        String path = "/events/" + id + "/accounts";

        JsonNode initial = http.get(path).bearer(bob).send().json();
        assertThat(initial).hasSize(1);
        assertThat(initial.get(0).path("name").asText()).isEqualTo("Kitty");

        var bank =
                http.post(path, Map.of("name", "  Bank account ")).bearer(ana).send();
        assertThat(bank.status()).isEqualTo(201);
        assertThat(bank.json().path("name").asText()).isEqualTo("Bank account");
        String bankId = bank.json().path("id").asText();

        var clash = http.post(path, Map.of("name", "bank ACCOUNT")).bearer(ana).send();
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().path("type").asText()).endsWith("account-exists");
        assertThat(clash.json().path("accountId").asText()).isEqualTo(bankId);

        assertThat(http.post(path, Map.of("name", "Mine")).bearer(bob).send().status())
                .isEqualTo(403);
        assertThat(http.post(path, Map.of("name", " ")).bearer(ana).send().status())
                .isEqualTo(400);

        var renamed = http.patch(path + "/" + initial.get(0).path("id").asText(), Map.of("name", "Cash box"))
                .bearer(ana)
                .send();
        assertThat(renamed.status()).isEqualTo(200);

        JsonNode now = http.get(path).bearer(bob).send().json();
        assertThat(now.findValuesAsText("name")).containsExactly("Cash box", "Bank account");
        JsonNode access =
                http.get("/events/" + id + "/access").bearer(bob).send().json();
        assertThat(access.path("accounts").findValuesAsText("name")).containsExactly("Cash box", "Bank account");
        assertThat(http.patch(path + "/" + "0123456789abcdef01234567", Map.of("name", "X"))
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void shares_follow_the_role_until_an_owner_sets_them_and_stakes_follow_the_share_until_set() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "VIEWER");
        String bobPath = "/events/" + id + "/members/" + bobId;

        assertThat(member(id, bobId).path("share").asText()).isEqualTo("0");
        http.patch(bobPath, Map.of("role", "ORGANIZER")).bearer(ana).send();
        assertThat(member(id, bobId).path("share").asText()).isEqualTo("1");

        var set = http.patch(bobPath, Map.of("share", "2.5")).bearer(ana).send();
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("share").asText()).isEqualTo("2.5");
        assertThat(set.json().path("stake").asText()).isEqualTo("2.5");

        http.patch(bobPath, Map.of("stake", "4")).bearer(ana).send();
        assertThat(member(id, bobId).path("stake").asText()).isEqualTo("4");
        Map<String, Object> followShare = new HashMap<>();
        followShare.put("stake", null);
        http.patch(bobPath, followShare).bearer(ana).send();
        assertThat(member(id, bobId).path("stake").asText()).isEqualTo("2.5");

        for (String bad : new String[] {"-1", "1001", "0.0001", "lots"}) {
            var refused = http.patch(bobPath, Map.of("share", bad)).bearer(ana).send();
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("errors").toString()).contains("share");
        }
        assertThat(http.patch(bobPath, Map.of("share", "3")).bearer(bob).send().status())
                .isEqualTo(403);
        assertThat(member(id, bobId).path("share").asText()).isEqualTo("2.5");
    }

    @Test
    void a_member_who_leaves_loses_access_but_stays_known_as_a_former_member_and_can_come_back() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");
        http.patch("/events/" + id + "/members/" + bobId, Map.of("share", "2"))
                .bearer(ana)
                .send();

        assertThat(http.delete("/events/" + id + "/members/me")
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(204);

        assertThat(http.get("/events/" + id).bearer(bob).send().status()).isEqualTo(404);
        assertThat(http.get("/events").bearer(bob).send().json().findValuesAsText("id"))
                .doesNotContain(id);
        JsonNode current =
                http.get("/events/" + id + "/members").bearer(ana).send().json();
        assertThat(current.findValuesAsText("userId")).containsExactly(anaId);
        JsonNode bobNow = member(id, bobId);
        assertThat(bobNow.path("former").asBoolean()).isTrue();
        assertThat(bobNow.path("share").asText()).isEqualTo("2");
        assertThat(http.delete("/events/" + id + "/members/" + bobId)
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(http.patch("/events/" + id + "/members/" + bobId, Map.of("role", "OWNER"))
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(409);

        addMember(http, ana, id, "bob", "VIEWER");
        JsonNode back = member(id, bobId);
        assertThat(back.path("former").asBoolean()).isFalse();
        assertThat(back.path("role").asText()).isEqualTo("VIEWER");
        assertThat(back.path("share").asText()).isEqualTo("2");
        assertThat(http.get("/events/" + id).bearer(bob).send().status()).isEqualTo(200);
    }

    @Test
    void an_owner_who_leaves_frees_the_place_of_last_owner_only_when_another_current_owner_remains() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "OWNER");
        assertThat(http.delete("/events/" + id + "/members/me")
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(204);

        var leave = http.delete("/events/" + id + "/members/me").bearer(ana).send();
        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.json().path("type").asText()).endsWith("last-owner");
    }

    @Test
    void closing_an_event_is_an_owners_step_and_closes_its_accounts_to_changes_too() {
        String id = createEvent(http, ana);
        addMember(http, ana, id, "bob", "ORGANIZER");

        assertThat(http.post("/events/" + id + "/close", Map.of())
                        .bearer(bob)
                        .send()
                        .status())
                .isEqualTo(403);
        var closed = http.post("/events/" + id + "/close", Map.of()).bearer(ana).send();
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(http.post("/events/" + id + "/close", Map.of())
                        .bearer(ana)
                        .send()
                        .status())
                .isEqualTo(200);

        var account = http.post("/events/" + id + "/accounts", Map.of("name", "Late"))
                .bearer(ana)
                .send();
        assertThat(account.status()).isEqualTo(409);
        assertThat(account.json().path("type").asText()).endsWith("event-closed");
    }

    private static JsonNode member(String eventId, String userId) {
        return EventMembers.member(http, ana, eventId, userId);
    }
}
