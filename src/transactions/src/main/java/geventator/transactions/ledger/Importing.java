package geventator.transactions.ledger;

import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import geventator.platform.Text;
import geventator.transactions.ledger.EventGate.EventView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Importing a file of entries: every row is checked before any is written, then all are inserted in one
 * unordered batch. Each entry's idempotency key is the import id plus its line, so if the process dies
 * halfway through the batch, sending the same file again writes only the rows that are missing: the import
 * id is the client's Idempotency-Key, or the SHA-256 of the file when there is none.
 */
public final class Importing {

    public static final int MAX_ROWS = 10_000;
    /** What a row may be refused as; anything else (the event role down, say) stops the whole import. */
    private static final Set<Refusal.Kind> ROW_REFUSALS = EnumSet.of(Refusal.Kind.INVALID, Refusal.Kind.UNPROCESSABLE);

    private final Entries entries;
    private final Access access;
    private final EventGate events;
    private final Clock clock;

    public Importing(Entries entries, EventGate events, Clock clock) {
        this.entries = entries;
        this.access = new Access(events);
        this.events = events;
        this.clock = clock;
    }

    public record RowError(long line, String field, String reason) {}

    public record Report(
            boolean dryRun, String importId, int rows, int written, int alreadyImported, List<RowError> errors) {

        /**
         * Rows checked, nothing written: a dry run, or an import refused for its bad rows; {@code known} rows
         * are entries the ledger already holds.
         */
        static Report checked(boolean dryRun, String importId, int rows, int known, List<RowError> errors) {
            return new Report(dryRun, importId, rows, 0, known, errors);
        }

        /** Rows written now; the others the ledger already held (an earlier run, or rows carrying its ids). */
        static Report imported(String importId, int rows, int written) {
            return new Report(false, importId, rows, written, rows - written, List.of());
        }
    }

    /** A dry run reports every bad row and writes nothing; a real import with any bad row is refused whole. */
    public Report importFile(EventId eventId, Caller caller, ImportFile file, boolean dryRun, String idempotencyKey) {
        EventView event = access.toRecord(eventId, caller);
        String importId = idempotencyKey != null ? idempotencyKey : Text.sha256Hex(file.content());
        Instant now = clock.instant();
        Drafting drafting = new Drafting(new RememberingGate(events));
        List<RowError> errors = new ArrayList<>();
        List<Entry> batch = new ArrayList<>();
        int known = 0;
        for (ImportFile.Row row : file.rows()) {
            if (batch.size() + errors.size() >= MAX_ROWS) {
                throw Refusal.unprocessable("import-too-large", "import at most " + MAX_ROWS + " rows at once");
            }
            if (row.entryId() != null
                    && EntryId.isValid(row.entryId())
                    && entries.byId(eventId, new EntryId(row.entryId())).isPresent()) {
                known++;
                continue;
            }
            if (row.voided()) {
                errors.add(new RowError(row.line(), "voided", "a voided entry is not imported; remove the row"));
                continue;
            }
            try {
                Revision revision = drafting.revision(row.draft(), event, caller, now, 1);
                batch.add(Entry.builder()
                        .id(entries.newId())
                        .ledger(eventId, event.currency(), event.timeZone())
                        .first(revision)
                        .idempotencyKey("import:" + importId + ":" + row.line())
                        .requestHash(Text.sha256Hex(String.join("\u001f", row.cells())))
                        .importId(importId)
                        .build());
            } catch (Refusal refusal) {
                if (!ROW_REFUSALS.contains(refusal.kind())) {
                    throw refusal;
                }
                if (refusal.fields().isEmpty()) {
                    errors.add(new RowError(row.line(), null, refusal.getMessage()));
                }
                refusal.fields().forEach(f -> errors.add(new RowError(row.line(), f.field(), f.reason())));
            }
        }
        int rows = batch.size()
                + known
                + (int) errors.stream().map(RowError::line).distinct().count();
        if (!errors.isEmpty()) {
            Report report = Report.checked(dryRun, importId, rows, known, errors);
            if (dryRun) {
                return report;
            }
            throw Refusal.unprocessable(
                            "invalid-rows",
                            errors.size() + " problems in the file; nothing was imported",
                            errors.stream()
                                    .map(e -> new Field(
                                            "line " + e.line() + (e.field() == null ? "" : ": " + e.field()),
                                            e.reason()))
                                    .toList())
                    .with("report", report);
        }
        if (dryRun) {
            return Report.checked(true, importId, rows, known, List.of());
        }
        return Report.imported(importId, rows, batch.isEmpty() ? 0 : entries.addAll(batch));
    }
}
