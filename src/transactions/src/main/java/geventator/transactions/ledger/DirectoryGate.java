package geventator.transactions.ledger;

import geventator.events.api.EventAccess;
import geventator.events.api.EventDirectory;
import geventator.events.api.EventStatus;
import geventator.events.api.MemberSummary;
import geventator.platform.Caller;
import geventator.platform.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The event role's API in the ledger's terms: organizers record and share costs, owners also budget. */
public final class DirectoryGate implements EventGate {

    private final EventDirectory directory;

    public DirectoryGate(EventDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<EventView> event(EventId eventId, Caller caller) {
        return directory.access(eventId.value(), caller).map(access -> view(eventId, access));
    }

    @Override
    public Map<String, String> activityTitles(EventId eventId, Set<String> activityIds, Caller caller) {
        Map<String, String> titles = new LinkedHashMap<>();
        directory
                .activities(eventId.value(), activityIds, caller)
                .forEach((id, activity) -> titles.put(id, activity.title()));
        return titles;
    }

    @Override
    public EventView close(EventId eventId, Caller caller) {
        return directory
                .close(eventId.value(), caller)
                .map(access -> view(eventId, access))
                .orElseThrow(() -> Refusal.notFound("no event " + eventId));
    }

    @Override
    public List<Person> members(EventId eventId, Caller caller) {
        return directory.members(eventId.value(), caller).stream()
                .map(DirectoryGate::person)
                .toList();
    }

    private static EventView view(EventId eventId, EventAccess a) {
        return new EventView(
                eventId,
                a.role().canEdit(),
                a.role().canManage(),
                a.currency(),
                instant(a.start()),
                instant(a.end()),
                a.timeZone() == null ? "UTC" : a.timeZone(),
                a.status() == EventStatus.CLOSED || a.status() == EventStatus.ARCHIVED,
                a.accounts().stream()
                        .map(account -> new Account(account.id(), account.name()))
                        .toList());
    }

    private static Person person(MemberSummary m) {
        return new Person(
                new MemberId(m.userId()),
                m.displayName(),
                m.role().canEdit(),
                m.shareWeight(),
                m.stakeWeight(),
                m.former());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
