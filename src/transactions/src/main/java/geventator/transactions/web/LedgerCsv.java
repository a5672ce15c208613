package geventator.transactions.web;

import geventator.platform.Text;
import geventator.platform.http.Problem;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryDraft;
import geventator.transactions.ledger.Exporting.Export;
import geventator.transactions.ledger.ImportFile;
import geventator.transactions.ledger.MemberId;
import geventator.transactions.ledger.Revision;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The ledger as RFC 4180 CSV (UTF-8, CRLF, a header row, plain decimals; or the semicolon and decimal-comma
 * dialect of European spreadsheets) and back. Columns of an export that
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
            "paidByName*",
            "receivedBy",
            "receivedByName*",
            "paidFromAccount",
            "paidFromAccountName*",
            "receivedByAccount",
            "receivedByAccountName*",
            "splitAmong",
            "splitAmongNames*",
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
    /** Every column an import understands: its own, and those an export (CSV or XLSX) adds, which it ignores. */
    private static final Set<String> KNOWN_COLUMNS = java.util.stream.Stream.concat(
                    EXPORT_COLUMNS.stream(), LedgerXlsx.COLUMNS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private LedgerCsv() {}

    /**
     * Dates are the days where the event happens, which a re-import reads back as the same days; separator,
     * decimal mark and day format are the dialect's, which an import with the same parameters reads back.
     */
    static String export(Export export, CsvDialect dialect) {
        List<Entry> all = export.entries();
        ZoneId zone = export.zone();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                FORMAT.builder()
                        .setDelimiter(dialect.separator())
                        .setHeader(EXPORT_COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Entry entry : all) {
                Revision r = entry.current();
                printer.printRecord(
                        entry.id().value(),
                        dialect.write(r.date().atZone(zone).toLocalDate()),
                        r.kind().label(),
                        text(r.concept()),
                        text(r.description()),
                        dialect.write(r.quantity()),
                        dialect.write(r.unitPrice()),
                        dialect.write(r.amount()),
                        dialect.write(r.signedAmount()),
                        entry.currency(),
                        text(r.category()),
                        r.activityId(),
                        text(r.counterparty()),
                        MemberId.text(r.paidBy()),
                        text(export.nameOf(r.paidBy())),
                        MemberId.text(r.receivedBy()),
                        text(export.nameOf(r.receivedBy())),
                        r.paidFromAccount(),
                        text(export.accountName(r.paidFromAccount())),
                        r.receivedByAccount(),
                        text(export.accountName(r.receivedByAccount())),
                        splitAmong(r),
                        text(export.splitNames(r)),
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

    /** The members an entry is split among, by user id, joined by {@code ;} as tags are. */
    static String splitAmong(Revision r) {
        return r.splitAmong().stream().map(MemberId::value).collect(Collectors.joining(";"));
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

    /**
     * A CSV body to import, parsed as the ledger reads it: a malformed file is a 400 where it is malformed.
     * Headers match regardless of case; blank lines are skipped, and so is an export's totals row.
     */
    static ImportFile file(String content, CsvDialect declared) {
        List<CSVRecord> records = malformedIsBadRequest(() -> CSVParser.parse(
                        new StringReader(content),
                        FORMAT.builder()
                                .setDelimiter(declared.separator())
                                .setIgnoreEmptyLines(true)
                                .setIgnoreSurroundingSpaces(true)
                                .get())
                .getRecords());
        return read(
                content,
                records.stream()
                        .map(r -> new Line(r.getRecordNumber(), Arrays.asList(r.values())))
                        .toList(),
                declared);
    }

    /** One row of a CSV or a sheet: its line (or row) number and its cells as text, in the header's order. */
    record Line(long number, List<String> cells) {}

    /**
     * Rows of a CSV or a sheet, the first naming the columns, read by the same rules: headers regardless of
     * case, blank rows and an export's totals row skipped, the decimal mark declared or detected.
     */
    static ImportFile read(String content, List<Line> lines, CsvDialect declared) {
        if (lines.isEmpty()) {
            throw Problem.invalid("header", "the file is empty; the first row names the columns");
        }
        List<String> header =
                lines.get(0).cells().stream().map(LedgerCsv::column).toList();
        checkHeader(header);
        List<Line> body = lines.subList(1, lines.size()).stream()
                .filter(r -> !isBlank(r) && !isTotals(r, header))
                .toList();
        CsvDialect dialect = declared.decimalOf(body.stream()
                .flatMap(r -> java.util.stream.Stream.of(cell(r, header, "quantity"), cell(r, header, "unitPrice")))
                .toList());
        List<ImportFile.Row> rows =
                body.stream().map(r -> row(r, header, dialect)).toList();
        return new ImportFile() {
            @Override
            public String content() {
                return content;
            }

            @Override
            public Iterable<Row> rows() {
                return rows;
            }
        };
    }

    /** A header cell as the ledger names the column: {@code UnitPrice} and {@code unitprice} are unitPrice. */
    static String column(String name) {
        String stripped = name.strip();
        return KNOWN_COLUMNS.stream()
                .filter(known -> known.equalsIgnoreCase(stripped))
                .findFirst()
                .orElse(stripped);
    }

    private static boolean isBlank(Line line) {
        return line.cells().stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** The totals row an export ends with: "Total" where the id goes, and no kind. */
    private static boolean isTotals(Line line, List<String> header) {
        return "Total".equals(cell(line, header, "id")) && cell(line, header, "kind") == null;
    }

    private static String cell(Line line, List<String> header, String column) {
        int index = header.indexOf(column);
        List<String> cells = line.cells();
        return index < 0 || index >= cells.size() ? null : Text.stripToNull(cells.get(index));
    }

    private static void checkHeader(List<String> header) {
        List<String> unknown =
                header.stream().filter(h -> !KNOWN_COLUMNS.contains(h)).toList();
        if (!header.containsAll(List.of("kind", "concept", "unitPrice")) || !unknown.isEmpty()) {
            throw Problem.invalid(
                    "header",
                    "the first row names the columns (in any case): kind, concept and unitPrice are required; "
                            + "allowed are "
                            + String.join(", ", IMPORT_COLUMNS.stream().sorted().toList())
                            + " and those of an export"
                            + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
    }

    private static ImportFile.Row row(Line line, List<String> header, CsvDialect dialect) {
        java.util.function.Function<String, String> value = column -> cell(line, header, column);
        String tags = value.apply("tags");
        EntryDraft draft = EntryDraft.builder()
                .kind(value.apply("kind"))
                .concept(value.apply("concept"))
                .description(value.apply("description"))
                .quantity(dialect.number(value.apply("quantity")))
                .unitPrice(dialect.number(value.apply("unitPrice")))
                .currency(value.apply("currency"))
                .date(dialect.day(value.apply("date")))
                .category(value.apply("category"))
                .activityId(value.apply("activityId"))
                .counterparty(value.apply("counterparty"))
                .paidBy(value.apply("paidBy"))
                .receivedBy(value.apply("receivedBy"))
                .paidFromAccount(value.apply("paidFromAccount"))
                .receivedByAccount(value.apply("receivedByAccount"))
                .splitAmong(list(value.apply("splitAmong")))
                .tags(
                        tags == null
                                ? null
                                : Arrays.stream(tags.split(";"))
                                        .map(String::strip)
                                        .toList())
                .note(value.apply("note"))
                .build();
        boolean voided = CsvDialect.bool(value.apply("voided"));
        return new ImportFile.Row(line.number(), voided, value.apply("id"), draft, line.cells());
    }

    private static List<String> list(String cell) {
        return cell == null
                ? null
                : Arrays.stream(cell.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private interface Parsing<T> {
        T get() throws IOException;
    }

    private static <T> T malformedIsBadRequest(Parsing<T> parsing) {
        try {
            return parsing.get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // The parser's message names its own classes (org.apache.commons.csv.CSVException); say what is wrong.
            throw Problem.badRequest("the body is not RFC 4180 CSV with a header row (an unclosed quote, a quote"
                    + " inside an unquoted field or a repeated column name)");
        }
    }
}
