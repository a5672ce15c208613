package geventator.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.Http;
import geventator.testkit.TestUsers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Small fixtures over the real HTTP API: users through the user role, events and members through the event
 * role. The event role's paths live here only, so the ledger's tests follow it in one place.
 */
final class Organizers {

    private Organizers() {}

    record Person(String userId, String username, String token) {}

    static Person register(Http http, String name) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = TestUsers.register(http, username, name);
        return new Person(created.json().path("id").asText(), username, TestUsers.accessToken(http, username));
    }

    /** An event in EUR owned by {@code owner}. */
    static String event(Http http, Person owner) {
        return event(http, owner, "2026-06-01T10:00:00+02:00", "2026-06-03T22:00:00+02:00", "Europe/Madrid");
    }

    /** An event in EUR owned by {@code owner}, from {@code start} to {@code end} where {@code timeZone} is. */
    static String event(Http http, Person owner, String start, String end, String timeZone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Summer fair");
        body.put("currency", "EUR");
        body.put("start", start);
        body.put("end", end);
        body.put("timeZone", timeZone);
        var created = http.post("/events", body).bearer(owner.token()).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static void addMember(Http http, String eventId, Person owner, Person member, String role) {
        var added = http.post("/events/" + eventId + "/members", Map.of("username", member.username(), "role", role))
                .bearer(owner.token())
                .send();
        assertThat(added.status()).as(added.toString()).isIn(200, 201);
    }

    /** The event's accounts as the event role lists them, the default first. */
    static com.fasterxml.jackson.databind.JsonNode accounts(Http http, String eventId, Person who) {
        var listed =
                http.get("/events/" + eventId + "/accounts").bearer(who.token()).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json();
    }

    /** Adds an account to the event; answers its id. */
    static String addAccount(Http http, String eventId, Person owner, String name) {
        var added = http.post("/events/" + eventId + "/accounts", Map.of("name", name))
                .bearer(owner.token())
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asText();
    }

    /** An owner's merge patch of a member: role, share, stake. */
    static void changeMember(Http http, String eventId, Person owner, Person member, Map<String, Object> change) {
        var changed = http.patch("/events/" + eventId + "/members/" + member.userId(), change)
                .bearer(owner.token())
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    static void removeMember(Http http, String eventId, Person owner, Person member) {
        var removed = http.delete("/events/" + eventId + "/members/" + member.userId())
                .bearer(owner.token())
                .send();
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    }

    static String status(Http http, String eventId, Person who) {
        return http.get("/events/" + eventId)
                .bearer(who.token())
                .send()
                .json()
                .path("status")
                .asText();
    }

    static Map<String, Object> purchase(String concept, String quantity, String unitPrice) {
        return entry("purchase", concept, quantity, unitPrice);
    }

    static Map<String, Object> entry(String kind, String concept, String quantity, String unitPrice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("concept", concept);
        body.put("quantity", quantity);
        body.put("unitPrice", unitPrice);
        body.put("date", "2026-06-02");
        return body;
    }
}
