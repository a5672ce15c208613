package geventator.transactions.web;

import geventator.platform.Text;
import geventator.platform.http.Problem;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryDraft;
import geventator.transactions.ledger.ImportFile;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Revision;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The ledger as RFC 4180 CSV (UTF-8, CRLF, a header row, plain decimals) and back. Columns of an export that
 * an import does not take (id, amount, recordedBy...) are ignored, so an exported file can be imported into
 * another event; amounts are always recomputed.
 */
final class LedgerCsv {

    /** The export's columns in order; the server computes those marked *, so an import ignores them. */
    private static final List<String> COLUMNS = List.of(
            "id*",
            "date",
            "kind",
            "concept",
            "description",
            "quantity",
            "unitPrice",
            "amount*",
            "signedAmount*",
            "currency",
            "category",
            "activityId",
            "counterparty",
            "paidBy",
            "receivedBy",
            "tags",
            "note",
            "outsideEvent*",
            "recordedBy*",
            "recordedAt*",
            "version*",
            "voided*",
            "voidReason*");

    static final List<String> EXPORT_COLUMNS =
            COLUMNS.stream().map(column -> column.replace("*", "")).toList();
    static final Set<String> IMPORT_COLUMNS =
            COLUMNS.stream().filter(column -> !column.endsWith("*")).collect(Collectors.toUnmodifiableSet());
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private LedgerCsv() {}

    /** Dates are the days where the event happens, which a re-import reads back as the same days. */
    static String export(List<Entry> all, ZoneId zone) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                FORMAT.builder()
                        .setHeader(EXPORT_COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Entry entry : all) {
                Revision r = entry.current();
                printer.printRecord(
                        entry.id().value(),
                        r.date().atZone(zone).toLocalDate(),
                        r.kind().label(),
                        text(r.concept()),
                        text(r.description()),
                        r.quantity().toPlainString(),
                        r.unitPrice().toPlainString(),
                        r.amount().toPlainString(),
                        r.signedAmount().toPlainString(),
                        entry.currency(),
                        text(r.category()),
                        r.activityId(),
                        text(r.counterparty()),
                        MemberId.text(r.paidBy()),
                        MemberId.text(r.receivedBy()),
                        text(String.join(";", r.tags())),
                        text(r.note()),
                        r.outsideEvent(),
                        entry.recordedBy().value(),
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

    /** A CSV body to import, parsed as the ledger reads it: a malformed file is a 400 where it is malformed. */
    static ImportFile file(String body) {
        String content = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return new ImportFile() {
            @Override
            public String content() {
                return content;
            }

            @Override
            public Iterable<Row> rows() {
                return () -> rowsOf(content);
            }
        };
    }

    private static Iterator<ImportFile.Row> rowsOf(String content) {
        CSVParser parser = malformedIsBadRequest(() -> CSVParser.parse(
                new StringReader(content),
                FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()));
        checkHeader(parser.getHeaderNames());
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return malformedIsBadRequest(records::hasNext);
            }

            @Override
            public ImportFile.Row next() {
                return malformedIsBadRequest(() -> row(records.next()));
            }
        };
    }

    private static void checkHeader(List<String> header) {
        List<String> unknown = header.stream()
                .filter(h -> !IMPORT_COLUMNS.contains(h) && !EXPORT_COLUMNS.contains(h))
                .toList();
        if (!header.containsAll(List.of("kind", "concept", "unitPrice")) || !unknown.isEmpty()) {
            throw Problem.invalid(
                    "header",
                    "the first row names the columns: kind, concept and unitPrice are required; allowed are "
                            + String.join(", ", IMPORT_COLUMNS.stream().sorted().toList())
                            + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
    }

    private static ImportFile.Row row(CSVRecord record) {
        Map<String, String> values = record.toMap();
        String tags = Text.stripToNull(values.get("tags"));
        EntryDraft draft = EntryDraft.builder()
                .kind(Text.stripToNull(values.get("kind")))
                .concept(Text.stripToNull(values.get("concept")))
                .description(Text.stripToNull(values.get("description")))
                .quantity(Text.stripToNull(values.get("quantity")))
                .unitPrice(Text.stripToNull(values.get("unitPrice")))
                .currency(Text.stripToNull(values.get("currency")))
                .date(Text.stripToNull(values.get("date")))
                .category(Text.stripToNull(values.get("category")))
                .activityId(Text.stripToNull(values.get("activityId")))
                .counterparty(Text.stripToNull(values.get("counterparty")))
                .paidBy(Text.stripToNull(values.get("paidBy")))
                .receivedBy(Text.stripToNull(values.get("receivedBy")))
                .tags(
                        tags == null
                                ? null
                                : Arrays.stream(tags.split(";"))
                                        .map(String::strip)
                                        .toList())
                .note(Text.stripToNull(values.get("note")))
                .build();
        boolean voided = record.isMapped("voided") && "true".equals(record.get("voided"));
        return new ImportFile.Row(record.getRecordNumber() + 1, voided, draft, Arrays.asList(record.values()));
    }

    private interface Parsing<T> {
        T get() throws IOException;
    }

    private static <T> T malformedIsBadRequest(Parsing<T> parsing) {
        try {
            return parsing.get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw Problem.badRequest("the body is not RFC 4180 CSV with a header row: " + e.getMessage());
        }
    }
}
