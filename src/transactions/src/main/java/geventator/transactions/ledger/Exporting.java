package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.transactions.ledger.EventGate.EventView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The whole ledger at once, for exports. */
public final class Exporting {

    private static final int PAGE = 1_000;

    private final Entries entries;
    private final Access access;

    public Exporting(Entries entries, EventGate events) {
        this.entries = entries;
        this.access = new Access(events);
    }

    /**
     * Every entry of the event, voided ones included, newest first, the currency they are kept in and the
     * zone where the event happens, in which their dates are read.
     */
    public record Export(EventId eventId, String currency, ZoneId zone, List<Entry> entries) {}

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
                return new Export(eventId, event.currency(), event.zone(), all);
            }
            after = EntryQuery.Position.after(page.get(page.size() - 1));
        }
    }
}
