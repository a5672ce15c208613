package geventator.events;

import geventator.events.ActivityBodies.ActivityView;
import geventator.events.api.ActivitySummary;
import geventator.events.api.EventAccess;
import geventator.events.api.EventDirectory;
import geventator.events.api.MemberSummary;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.Peer;
import geventator.platform.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The event directory when the event role runs elsewhere: its HTTP API, with the caller's token. */
final class RemoteEventDirectory implements EventDirectory {

    private final Peer peer;

    RemoteEventDirectory(Peer peer) {
        this.peer = peer;
    }

    @Override
    public Optional<EventAccess> access(String eventId, Caller caller) {
        if (!Ids.isValid(eventId)) {
            return Optional.empty();
        }
        return peer.get("/events/" + eventId + "/access", caller).found(EventAccess.class);
    }

    @Override
    public Optional<ActivitySummary> activity(String eventId, String activityId, Caller caller) {
        if (!Ids.isValid(eventId) || !Ids.isValid(activityId)) {
            return Optional.empty();
        }
        return peer.get("/events/" + eventId + "/activities/" + activityId, caller)
                .found(ActivityView.class)
                .map(v -> new ActivitySummary(v.id(), v.eventId(), v.title(), v.start(), v.end(), v.location()));
    }

    @Override
    public List<MemberSummary> members(String eventId, Caller caller) {
        if (!Ids.isValid(eventId)) {
            return List.of();
        }
        return peer.get("/events/" + eventId + "/members?former=true", caller)
                .found(MemberSummary[].class)
                .map(Arrays::asList)
                .orElse(List.of());
    }

    @Override
    public Optional<EventAccess> close(String eventId, Caller caller) {
        if (!Ids.isValid(eventId)) {
            return Optional.empty();
        }
        var answer = peer.post("/events/" + eventId + "/close", caller);
        if (answer.status() == 403) {
            throw Refusal.forbidden("only an owner may close the event");
        }
        return answer.found(Object.class).flatMap(closed -> access(eventId, caller));
    }
}
