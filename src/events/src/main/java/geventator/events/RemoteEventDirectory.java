package geventator.events;

import geventator.events.ActivityBodies.ActivityView;
import geventator.events.api.ActivitySummary;
import geventator.events.api.EventAccess;
import geventator.events.api.EventDirectory;
import geventator.events.api.MemberSummary;
import geventator.platform.Caller;
import geventator.platform.Peer;
import geventator.platform.PeerResponse;
import geventator.platform.http.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;

/** The event directory when the event role runs elsewhere: its HTTP API, with the caller's token. */
final class RemoteEventDirectory implements EventDirectory {

    private final Peer peer;

    RemoteEventDirectory(Peer peer) {
        this.peer = peer;
    }

    @Override
    public Optional<EventAccess> access(String eventId, Caller caller) {
        if (!ObjectId.isValid(eventId)) {
            return Optional.empty();
        }
        return read(peer.get("/events/" + eventId + "/access", caller), EventAccess.class);
    }

    @Override
    public Optional<ActivitySummary> activity(String eventId, String activityId, Caller caller) {
        if (!ObjectId.isValid(eventId) || !ObjectId.isValid(activityId)) {
            return Optional.empty();
        }
        return read(peer.get("/events/" + eventId + "/activities/" + activityId, caller), ActivityView.class)
                .map(v -> new ActivitySummary(v.id(), v.eventId(), v.title(), v.start(), v.end(), v.location()));
    }

    @Override
    public List<MemberSummary> members(String eventId, Caller caller) {
        if (!ObjectId.isValid(eventId)) {
            return List.of();
        }
        return read(peer.get("/events/" + eventId + "/members", caller), MemberSummary[].class)
                .map(Arrays::asList).orElse(List.of());
    }

    private <T> Optional<T> read(PeerResponse response, Class<T> type) {
        return switch (response.status()) {
            case 200 -> Optional.of(response.body(type));
            case 404 -> Optional.empty();
            case 401 -> throw Problem.unauthorized("the event role did not accept the access token");
            default -> throw Problem.roleUnavailable(peer.role(), "answered " + response.status());
        };
    }
}
