package geventator.transactions;

import geventator.events.api.EventAccess;
import geventator.events.api.EventDirectory;
import geventator.events.api.MemberSummary;
import geventator.platform.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The event role's API in the ledger's terms: organizers record and share costs, owners also budget. */
final class DirectoryGate implements EventGate {

    private final EventDirectory directory;

    DirectoryGate(EventDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<EventView> event(String eventId, Caller caller) {
        return directory.access(eventId, caller).map(DirectoryGate::view);
    }

    @Override
    public boolean hasActivity(String eventId, String activityId, Caller caller) {
        return directory.activity(eventId, activityId, caller).isPresent();
    }

    @Override
    public List<Person> members(String eventId, Caller caller) {
        return directory.members(eventId, caller).stream()
                .map(DirectoryGate::person)
                .toList();
    }

    private static EventView view(EventAccess a) {
        return new EventView(
                a.eventId(),
                a.name(),
                a.role().canEdit(),
                a.role().canManage(),
                a.currency(),
                instant(a.start()),
                instant(a.end()),
                a.timeZone() == null ? "UTC" : a.timeZone());
    }

    private static Person person(MemberSummary m) {
        return new Person(m.userId(), m.username(), m.displayName(), m.role().canEdit());
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
