package geventator.transactions.ledger;

import geventator.platform.Caller;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the event role each question once, for the length of one import: a file of 10,000 rows naming the
 * same few members and activities would otherwise make 10,000 calls across roles.
 */
final class RememberingGate implements EventGate {

    private final EventGate events;
    private final Map<EventId, List<Person>> members = new HashMap<>();
    private final Map<String, Optional<String>> activities = new HashMap<>();

    RememberingGate(EventGate events) {
        this.events = events;
    }

    @Override
    public Optional<EventView> event(EventId eventId, Caller caller) {
        return events.event(eventId, caller);
    }

    @Override
    public Map<String, String> activityTitles(EventId eventId, Set<String> activityIds, Caller caller) {
        Set<String> unasked = new HashSet<>(activityIds);
        unasked.removeAll(activities.keySet());
        if (!unasked.isEmpty()) {
            Map<String, String> found = events.activityTitles(eventId, unasked, caller);
            unasked.forEach(id -> activities.put(id, Optional.ofNullable(found.get(id))));
        }
        Map<String, String> titles = new HashMap<>();
        activityIds.forEach(id -> activities.get(id).ifPresent(title -> titles.put(id, title)));
        return titles;
    }

    @Override
    public EventView close(EventId eventId, Caller caller) {
        return events.close(eventId, caller);
    }

    @Override
    public List<Person> members(EventId eventId, Caller caller) {
        return members.computeIfAbsent(eventId, id -> events.members(id, caller));
    }
}
