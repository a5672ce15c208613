package geventator.transactions.web;

import geventator.transactions.web.EntryBodies.EntryView;
import geventator.transactions.web.EntryBodies.RevisionView;
import java.time.Instant;
import java.util.List;

/** The JSON export: every entry with every revision. */
final class FileBodies {

    private FileBodies() {}

    record Export(String eventId, String currency, Instant exportedAt, List<ExportedEntry> entries) {}

    record ExportedEntry(EntryView entry, List<RevisionView> revisions) {
        static ExportedEntry of(geventator.transactions.ledger.Entry e) {
            return new ExportedEntry(
                    new EntryView(e),
                    e.history().stream().map(RevisionView::new).toList());
        }
    }
}
