package geventator.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** One member of an event as the event role's members route lists them, looked up by user id. */
public final class EventMembers {

    private EventMembers() {}

    /** The member {@code userId}, former members included; fails the test when the event has no such member. */
    public static JsonNode member(Http eventApi, String token, String eventId, String userId) {
        return find(eventApi, token, eventId, userId, true)
                .orElseThrow(() -> new AssertionError("no member " + userId));
    }

    /** The current member {@code userId}, if the event has one. */
    public static Optional<JsonNode> currentMember(Http eventApi, String token, String eventId, String userId) {
        return find(eventApi, token, eventId, userId, false);
    }

    private static Optional<JsonNode> find(Http eventApi, String token, String eventId, String userId, boolean former) {
        for (JsonNode m : eventApi.get("/events/" + eventId + "/members" + (former ? "?former=true" : ""))
                .bearer(token)
                .send()
                .json()) {
            if (m.path("userId").asText().equals(userId)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
