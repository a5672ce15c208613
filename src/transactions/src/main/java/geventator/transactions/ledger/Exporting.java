package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.transactions.ledger.EventGate.EventView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole ledger at once, for exports. */
public final class Exporting {

    private static final int PAGE = 1_000;

    private final Entries entries;
    private final Access access;
    private final EventGate events;

    public Exporting(Entries entries, EventGate events) {
        this.entries = entries;
        this.access = new Access(events);
        this.events = events;
    }

    /**
     * Every entry of the event, voided ones included, newest first, the currency they are kept in and the
     * zone where the event happens, in which their dates are read.
     */
    public record Export(
            EventId eventId,
            String currency,
            ZoneId zone,
            List<Entry> entries,
            Map<MemberId, String> names,
            Map<String, String> accounts) {

        /** The display name of a member (former ones included), or null when they never were one. */
        public String nameOf(MemberId member) {
            return member == null ? null : names.get(member);
        }

        /** The name of one of the event's accounts, or null for null. */
        public String accountName(String accountId) {
            return accountId == null ? null : accounts.getOrDefault(accountId, accountId);
        }

        /** The members an entry is split among, by display name, joined as the export joins ids. */
        public String splitNames(Revision revision) {
            return String.join(
                    ";",
                    revision.splitAmong().stream()
                            .map(m -> names.getOrDefault(m, m.value()))
                            .toList());
        }
    }

    public Export everything(EventId eventId, Caller caller) {
        EventView event = access.toRead(eventId, caller);
        List<Entry> all = new ArrayList<>();
        EntryQuery.Position after = null;
        while (true) {
            List<Entry> page = entries.list(EntryQuery.page(eventId, PAGE)
                    .includeVoided(true)
                    .after(after)
                    .build());
            all.addAll(page);
            if (page.size() < PAGE) {
                Map<MemberId, String> names = new HashMap<>();
                events.members(eventId, caller).forEach(p -> names.put(p.userId(), p.displayName()));
                Map<String, String> accounts = new HashMap<>();
                event.accounts().forEach(a -> accounts.put(a.id(), a.name()));
                return new Export(
                        eventId, event.currency(), event.zone(), all, Map.copyOf(names), Map.copyOf(accounts));
            }
            after = EntryQuery.Position.after(page.get(page.size() - 1));
        }
    }
}
