package geventator.transactions.web;

import geventator.platform.http.Problem;
import geventator.transactions.ledger.ImportFile;
import geventator.transactions.ledger.Importing;
import geventator.transactions.web.LedgerCsv.Line;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook to import, read by fastexcel-reader: its "Entries" sheet (our export's), else its first,
 * with the same columns and rules as a CSV. Typed cells need no dialect: numbers are numbers, a date cell is
 * its day, a boolean cell TRUE or FALSE; a cell holding text is read as in a CSV (a decimal comma declared or
 * detected, a day in the declared format). An error cell (#DIV/0!, #REF!...) is a 400 naming its row.
 */
final class LedgerXlsxFile {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> NUMBERS = List.of("quantity", "unitPrice");
    /**
     * The most a workbook may unpack to: a 1 MiB body of zipped XML could otherwise unpack to gigabytes (a zip
     * bomb). Our export of {@link Importing#MAX_ROWS} entries unpacks to about a third of it.
     */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

    private LedgerXlsxFile() {}

    /** Whether the body is a zip archive, as every XLSX workbook is (a CSV never starts so). */
    static boolean looksLikeOne(byte[] body) {
        // The reader compares the first four bytes without looking at the length first.
        return body.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(body);
    }

    static ImportFile file(byte[] body, CsvDialect declared) {
        List<Line> lines = new ArrayList<>();
        List<String> textNumbers = new ArrayList<>();
        try {
            unpacksWithinBounds(body);
        } catch (Problem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw notAWorkbook();
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.findSheet("Entries").orElseGet(workbook::getFirstSheet);
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                List<String> header = null;
                while (it.hasNext()) {
                    Row row = it.next();
                    List<String> cells = cells(row, header, textNumbers);
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    if (header == null) {
                        header = trimmed(cells);
                        cells = header;
                    }
                    // The header, the most rows an import takes, and its totals row; a workbook is read as it
                    // streams, so that one that unpacks to far more is refused before it fills the memory.
                    if (lines.size() == Importing.MAX_ROWS + 2) {
                        throw Problem.unprocessable(
                                "import-too-large",
                                "import at most " + Importing.MAX_ROWS + " rows at once",
                                List.of());
                    }
                    lines.add(new Line(row.getRowNum(), cells));
                }
            }
        } catch (Problem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw notAWorkbook();
        }
        CsvDialect dialect = declared.decimalOf(textNumbers);
        String content = lines.stream()
                .map(line -> line.number() + "\u001e" + String.join("\u001f", nonNull(line.cells())))
                .collect(Collectors.joining("\n"));
        return LedgerCsv.read(content, lines, dialect);
    }

    /** Unpacks every part of the workbook, counting, and refuses it past {@link #MAX_UNPACKED_BYTES}. */
    private static void unpacksWithinBounds(byte[] body) throws IOException {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(body))
                .get()) {
            long unpacked = 0;
            byte[] buffer = new byte[8192];
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            throw new Problem(
                                    413,
                                    "payload-too-large",
                                    "The body is too large",
                                    "the workbook unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                                            + " MiB; import it in parts",
                                    List.of());
                        }
                    }
                }
            }
        }
    }

    /** The reader's messages name its own classes and zip entries; say what is wrong instead. */
    private static Problem notAWorkbook() {
        return Problem.badRequest("the body is not an XLSX workbook (Office Open XML spreadsheet) that can be"
                + " read; save it again as .xlsx, or send CSV as text/csv");
    }

    /**
     * A row's cells as the CSV rules read them; until the header is known, every cell is taken as text.
     * Numbers written as text in a number column are collected, to detect their decimal mark.
     */
    private static List<String> cells(Row row, List<String> header, List<String> textNumbers) {
        int width = header == null ? row.getCellCount() : header.size();
        String[] cells = new String[width];
        for (int c = 0; c < width; c++) {
            Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
            String column = header == null ? null : header.get(c);
            cells[c] = cell == null ? null : text(cell, column, row.getRowNum());
            if (cell != null && column != null && NUMBERS.contains(column) && cell.getValue() instanceof String s) {
                textNumbers.add(s);
            }
        }
        return Arrays.asList(cells);
    }

    private static String text(Cell cell, String column, int row) {
        return switch (cell.getType()) {
            case EMPTY -> null;
            case ERROR ->
                throw Problem.invalid(
                        "row " + row + (column == null ? "" : ": " + column),
                        "cell " + cell.getAddress() + " is an error (" + cell.getRawValue() + "); put a value there");
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case NUMBER -> "date".equals(column) ? day(cell) : number(cell.asNumber());
            case STRING -> cell.asString();
            // A formula's last computed value, as the spreadsheet saved it.
            case FORMULA ->
                cell.getValue() instanceof BigDecimal n
                        ? number(n)
                        : cell.getValue() == null ? null : String.valueOf(cell.getValue());
        };
    }

    /** A date cell's day; a number too large to be a day is left as a number, which the rules refuse. */
    private static String day(Cell cell) {
        try {
            return cell.asDate().toLocalDate().toString();
        } catch (RuntimeException e) {
            return number(cell.asNumber());
        }
    }

    /** A number as the CSV rules read it: plain, with a decimal point, no trailing zeros (25, not 25.0). */
    private static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The header row without the empty cells a spreadsheet leaves after its last column. */
    private static List<String> trimmed(List<String> header) {
        int end = header.size();
        while (end > 0 && (header.get(end - 1) == null || header.get(end - 1).isBlank())) {
            end--;
        }
        return header.subList(0, end).stream()
                .map(h -> h == null ? "" : LedgerCsv.column(h))
                .toList();
    }

    private static List<String> nonNull(List<String> cells) {
        return cells.stream().map(c -> c == null ? "" : c).toList();
    }
}
