package geventator.events;

import geventator.events.ActivityBodies.ActivityView;
import geventator.events.EventBodies.EventView;
import geventator.events.api.ActivitySummary;
import geventator.events.api.EventAccess;
import geventator.events.api.EventDirectory;
import geventator.events.api.MemberSummary;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.Peer;
import geventator.platform.PeerResponse;
import geventator.platform.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The event directory when the event role runs elsewhere: its HTTP API, with the caller's token. */
final class RemoteEventDirectory implements EventDirectory {

    /** Ids asked for in one request, about 2.8 KB of query, well within a request line's limit. */
    static final int IDS_PER_REQUEST = 100;

    private static final Pattern NEXT_PAGE = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final Peer peer;
    private final int pageSize;

    RemoteEventDirectory(Peer peer) {
        this(peer, PageBodies.MAX_LIMIT);
    }

    /** @param pageSize how many members to ask for at once; smaller only to test the paging */
    RemoteEventDirectory(Peer peer, int pageSize) {
        this.peer = peer;
        this.pageSize = pageSize;
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
                .map(RemoteEventDirectory::summary);
    }

    @Override
    public Map<String, ActivitySummary> activities(String eventId, Set<String> activityIds, Caller caller) {
        AskedActivities asked = new AskedActivities(activityIds);
        if (!Ids.isValid(eventId) || asked.isEmpty()) {
            return Map.of();
        }
        List<String> ids = asked.stored();
        List<ActivitySummary> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            String query = ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST)).stream()
                    .map(id -> "&id=" + id)
                    .collect(Collectors.joining());
            Optional<ActivityView[]> page = peer.get(
                            "/events/" + eventId + "/activities?limit=" + PageBodies.MAX_LIMIT + query, caller)
                    .found(ActivityView[].class);
            if (page.isEmpty()) {
                return Map.of();
            }
            Arrays.stream(page.get()).map(RemoteEventDirectory::summary).forEach(found::add);
        }
        return asked.answer(found);
    }

    private static ActivitySummary summary(ActivityView v) {
        return new ActivitySummary(v.id(), v.eventId(), v.title(), v.start(), v.end(), v.location());
    }

    @Override
    public List<MemberSummary> members(String eventId, Caller caller) {
        if (!Ids.isValid(eventId)) {
            return List.of();
        }
        List<MemberSummary> members = new ArrayList<>();
        String page = "/events/" + eventId + "/members?former=true&limit=" + pageSize;
        while (page != null) {
            PeerResponse answer = peer.get(page, caller);
            Optional<MemberSummary[]> found = answer.found(MemberSummary[].class);
            if (found.isEmpty()) {
                return List.of();
            }
            members.addAll(Arrays.asList(found.get()));
            page = answer.header("Link").flatMap(RemoteEventDirectory::nextPage).orElse(null);
        }
        return members;
    }

    private static Optional<String> nextPage(String link) {
        Matcher next = NEXT_PAGE.matcher(link);
        return next.find() ? Optional.of(next.group(1)) : Optional.empty();
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
        // The close answers the event as GET /events/{id} does, which holds all of the caller's access.
        return answer.found(EventView.class)
                .map(closed -> new EventAccess(
                        closed.id(),
                        closed.name(),
                        closed.role(),
                        closed.currency(),
                        closed.start(),
                        closed.end(),
                        closed.timeZone(),
                        closed.status(),
                        closed.accounts()));
    }
}
