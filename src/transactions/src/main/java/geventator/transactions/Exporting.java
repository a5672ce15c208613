package geventator.transactions;

import geventator.platform.Caller;
import geventator.transactions.api.LedgerSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The whole ledger at once, for exports, and its size, for the event role's deletion check. */
final class Exporting {

    private static final int PAGE = 1_000;

    private final Entries entries;
    private final Access access;

    Exporting(Entries entries, Access access) {
        this.entries = entries;
        this.access = access;
    }

    /** Every entry, voided ones included, newest first. */
    List<Entry> everything(String eventId, Caller caller) {
        access.toRead(eventId, caller);
        List<Entry> all = new ArrayList<>();
        EntryQuery.Position after = null;
        while (true) {
            List<Entry> page =
                    entries.list(new EntryQuery(eventId, null, null, null, null, null, null, true, PAGE, after));
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            Entry last = page.get(page.size() - 1);
            after = new EntryQuery.Position(last.current().date(), last.id());
        }
    }

    String currency(String eventId, Caller caller) {
        return access.toRead(eventId, caller).currency();
    }

    long count(String eventId, Caller caller) {
        access.toRead(eventId, caller);
        return entries.count(eventId);
    }

    /** Empty when the caller may not see the event. */
    Optional<LedgerSummary> summary(String eventId, Caller caller) {
        return access.ifReadable(eventId, caller).map(event -> new LedgerSummary(eventId, entries.count(eventId)));
    }
}
