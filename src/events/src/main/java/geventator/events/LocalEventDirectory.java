package geventator.events;

import geventator.events.api.ActivitySummary;
import geventator.events.api.EventAccess;
import geventator.events.api.EventDirectory;
import geventator.events.api.MemberSummary;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.Refusal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The event directory when the event role runs in this process. */
final class LocalEventDirectory implements EventDirectory {

    private final Organizing organizing;
    private final Activities activities;

    LocalEventDirectory(Organizing organizing, Activities activities) {
        this.organizing = organizing;
        this.activities = activities;
    }

    @Override
    public Optional<EventAccess> access(String eventId, Caller caller) {
        return membership(eventId, caller).map(m -> m.event().accessOf(m.role()));
    }

    @Override
    public Optional<ActivitySummary> activity(String eventId, String activityId, Caller caller) {
        if (!Ids.isValid(activityId)) {
            return Optional.empty();
        }
        return membership(eventId, caller)
                .flatMap(m -> activities.byId(m.event().id(), Ids.normalized(activityId)))
                .map(Activity::summary);
    }

    @Override
    public Map<String, ActivitySummary> activities(String eventId, Set<String> activityIds, Caller caller) {
        AskedActivities asked = new AskedActivities(activityIds);
        if (asked.isEmpty()) {
            return Map.of();
        }
        return membership(eventId, caller)
                .map(m -> asked.answer(
                        activities.of(m.event().id(), Activities.Filter.only(Set.copyOf(asked.stored()))).stream()
                                .map(Activity::summary)
                                .toList()))
                .orElse(Map.of());
    }

    @Override
    public List<MemberSummary> members(String eventId, Caller caller) {
        return membership(eventId, caller)
                .map(m -> m.event().members().stream().map(Member::summary).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<EventAccess> close(String eventId, Caller caller) {
        if (!Ids.isValid(eventId)) {
            return Optional.empty();
        }
        try {
            Membership closed = organizing.close(Ids.normalized(eventId), caller);
            return Optional.of(closed.event().accessOf(closed.role()));
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
                return Optional.empty(); // not an event, or not among the caller's: close looked once
            }
            throw refusal;
        }
    }

    private Optional<Membership> membership(String eventId, Caller caller) {
        return Ids.isValid(eventId) ? organizing.find(Ids.normalized(eventId), caller) : Optional.empty();
    }
}
