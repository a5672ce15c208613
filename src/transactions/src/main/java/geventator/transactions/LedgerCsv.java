package geventator.transactions;

import geventator.platform.Caller;
import geventator.platform.http.FieldError;
import geventator.platform.http.Problem;
import geventator.transactions.EventGate.EventView;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bson.types.ObjectId;

/**
 * The ledger as RFC 4180 CSV (UTF-8, CRLF, a header row, plain decimals) and back.
 *
 * <p>Columns of an export that an import does not take (id, amount, recordedBy...) are ignored, so an
 * exported file can be imported into another event; amounts are always recomputed.
 *
 * <p>An import checks every row before writing any, then inserts them all in one unordered batch. Each
 * entry's idempotency key is the import id plus its row, so if the process dies halfway through the batch,
 * sending the same file again writes only the rows that are missing: the import id is the Idempotency-Key
 * header, or the SHA-256 of the file when there is none.
 */
final class LedgerCsv {

    static final List<String> EXPORT_COLUMNS = List.of(
            "id",
            "date",
            "kind",
            "concept",
            "description",
            "quantity",
            "unitPrice",
            "amount",
            "signedAmount",
            "currency",
            "category",
            "activityId",
            "counterparty",
            "paidBy",
            "receivedBy",
            "tags",
            "note",
            "outsideEvent",
            "recordedBy",
            "recordedAt",
            "version",
            "voided",
            "voidReason");
    static final Set<String> IMPORT_COLUMNS = Set.of(
            "date",
            "kind",
            "concept",
            "description",
            "quantity",
            "unitPrice",
            "currency",
            "category",
            "activityId",
            "counterparty",
            "paidBy",
            "receivedBy",
            "tags",
            "note");
    static final int MAX_ROWS = 10_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Entries entries;
    private final Access access;
    private final EventGate events;
    private final Clock clock;

    LedgerCsv(Entries entries, Access access, EventGate events, Clock clock) {
        this.entries = entries;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    String export(List<Entry> all) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                FORMAT.builder()
                        .setHeader(EXPORT_COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Entry entry : all) {
                Revision r = entry.current();
                printer.printRecord(
                        entry.id().toHexString(),
                        r.date(),
                        r.kind().label(),
                        text(r.concept()),
                        text(r.description()),
                        r.quantity().toPlainString(),
                        r.unitPrice().toPlainString(),
                        r.amount().toPlainString(),
                        r.amount()
                                .multiply(java.math.BigDecimal.valueOf(r.kind().sign()))
                                .toPlainString(),
                        entry.currency(),
                        text(r.category()),
                        r.activityId(),
                        text(r.counterparty()),
                        r.paidBy(),
                        r.receivedBy(),
                        text(String.join(";", r.tags())),
                        text(r.note()),
                        r.outsideEvent(),
                        entry.recordedBy(),
                        entry.recordedAt(),
                        entry.version(),
                        entry.isVoided(),
                        entry.isVoided() ? text(entry.voided().reason()) : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Free text a member typed, made inert for spreadsheets: a cell starting with =, +, -, @ or a control
     * character would run as a formula when another member opens the export (OWASP "CSV injection").
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    record RowError(long line, String field, String reason) {}

    record ImportReport(
            boolean dryRun, String importId, int rows, int written, int alreadyImported, List<RowError> errors) {}

    ImportReport importCsv(String eventId, Caller caller, String csv, boolean dryRun, String idempotencyKey) {
        EventView event = access.toRecord(eventId, caller);
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String importId = idempotencyKey != null ? idempotencyKey : Ledger.sha256(text);
        Instant now = clock.instant();
        Drafting drafting = new Drafting(new RememberingGate(events));
        List<RowError> errors = new ArrayList<>();
        List<Entry> batch = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                new StringReader(text),
                FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> unknown = parser.getHeaderNames().stream()
                    .filter(h -> !IMPORT_COLUMNS.contains(h) && !EXPORT_COLUMNS.contains(h))
                    .toList();
            if (!parser.getHeaderNames().containsAll(List.of("kind", "concept", "unitPrice")) || !unknown.isEmpty()) {
                throw Problem.invalid(
                        "header",
                        "the first row names the columns: kind, concept and unitPrice are "
                                + "required; allowed are "
                                + String.join(
                                        ", ", IMPORT_COLUMNS.stream().sorted().toList())
                                + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
            }
            for (CSVRecord row : parser) {
                if (batch.size() + errors.size() >= MAX_ROWS) {
                    throw Problem.unprocessable(
                            "import-too-large", "import at most " + MAX_ROWS + " rows at once", List.of());
                }
                long line = row.getRecordNumber() + 1;
                if (row.isMapped("voided") && "true".equals(row.get("voided"))) {
                    errors.add(new RowError(line, "voided", "a voided entry is not imported; remove the row"));
                    continue;
                }
                try {
                    EntryDraft draft = draft(row);
                    Revision revision = drafting.revision(draft, event, caller, now, 1);
                    batch.add(new Entry(
                            new ObjectId(),
                            eventId,
                            event.currency(),
                            event.timeZone(),
                            revision,
                            List.of(),
                            null,
                            caller.userId(),
                            now,
                            "import:" + importId + ":" + line,
                            Ledger.sha256(String.join("\u001f", row.values())),
                            importId));
                } catch (Problem problem) {
                    if (problem.status() >= 500) {
                        throw problem;
                    }
                    if (problem.errors().isEmpty()) {
                        errors.add(new RowError(line, null, problem.getMessage()));
                    }
                    problem.errors().forEach(e -> errors.add(new RowError(line, e.field(), e.reason())));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw Problem.badRequest("the body is not RFC 4180 CSV with a header row: " + e.getMessage());
        }
        int rows = batch.size()
                + (int) errors.stream().map(RowError::line).distinct().count();
        if (!errors.isEmpty()) {
            ImportReport report = new ImportReport(dryRun, importId, rows, 0, 0, errors);
            if (dryRun) {
                return report;
            }
            throw Problem.unprocessable(
                            "invalid-rows",
                            errors.size() + " problems in the CSV; nothing was imported",
                            errors.stream()
                                    .map(e -> new FieldError(
                                            "line " + e.line() + (e.field() == null ? "" : ": " + e.field()),
                                            e.reason()))
                                    .toList())
                    .with("report", report);
        }
        if (dryRun) {
            return new ImportReport(true, importId, rows, 0, 0, List.of());
        }
        int written = entries.addAll(batch);
        return new ImportReport(false, importId, rows, written, rows - written, List.of());
    }

    private static EntryDraft draft(CSVRecord row) {
        Map<String, String> values = row.toMap();
        String tags = blank(values.get("tags"));
        return new EntryDraft(
                blank(values.get("kind")),
                blank(values.get("concept")),
                blank(values.get("description")),
                blank(values.get("quantity")),
                blank(values.get("unitPrice")),
                blank(values.get("currency")),
                blank(values.get("date")),
                blank(values.get("category")),
                blank(values.get("activityId")),
                blank(values.get("counterparty")),
                blank(values.get("paidBy")),
                blank(values.get("receivedBy")),
                tags == null
                        ? null
                        : Arrays.stream(tags.split(";")).map(String::strip).toList(),
                blank(values.get("note")));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
