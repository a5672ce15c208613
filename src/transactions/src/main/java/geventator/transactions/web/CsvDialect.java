package geventator.transactions.web;

import geventator.platform.http.Problem;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an imported CSV is written, as the request declares it or as the file shows without ambiguity: its
 * charset ({@code charset=} of the Content-Type, else UTF-8 with or without a BOM, refused where a byte is
 * not UTF-8), its separator ({@code ?separator=comma|semicolon}, else the header's), its decimal mark
 * ({@code ?decimal=point|comma}, else the one the numbers use) and its day format ({@code ?dateFormat=},
 * e.g. {@code dd.MM.yyyy}, else ISO {@code 2027-07-01}). An export is written in the dialect the same
 * parameters declare.
 */
record CsvDialect(char separator, Character decimal, DateTimeFormatter days) {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The body as text, in the charset it is declared in, UTF-8 by default; a BOM is dropped. */
    static String text(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        Charset charset = charset(ctx.contentType());
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Problem.invalid(
                    "body",
                    "line " + badLine(body, charset) + " is not " + charset.name()
                            + "; save the file as UTF-8, or declare its charset (text/csv; charset=ISO-8859-1)");
        }
    }

    static CsvDialect of(Context ctx, String text) {
        String header = text.lines().findFirst().orElse("");
        char separator = switch (String.valueOf(ctx.queryParam("separator"))) {
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "null" -> count(header, ';') > count(header, ',') ? ';' : ',';
            default -> throw Problem.invalid("separator", "must be comma or semicolon");
        };
        Character decimal = switch (String.valueOf(ctx.queryParam("decimal"))) {
            case "point" -> '.';
            case "comma" -> ',';
            case "null" -> null;
            default -> throw Problem.invalid("decimal", "must be point or comma");
        };
        DateTimeFormatter days = null;
        String format = ctx.queryParam("dateFormat");
        if (format != null) {
            try {
                days = DateTimeFormatter.ofPattern(format, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("dateFormat", "must be a day pattern such as dd.MM.yyyy");
            }
        }
        return new CsvDialect(separator, decimal, days);
    }

    /**
     * How an export is written, declared with the import's parameters so that the same query string reads it
     * back: {@code ?separator=semicolon&decimal=comma&dateFormat=dd.MM.yyyy} is what a German spreadsheet
     * opens directly. A decimal comma alone implies semicolons; by default commas, points and ISO days.
     */
    static CsvDialect forExport(Context ctx) {
        CsvDialect declared = of(ctx, "");
        char decimal = declared.decimal == null ? '.' : declared.decimal;
        char separator = declared.separator;
        if (decimal == ',' && separator == ',') {
            if (ctx.queryParam("separator") != null) {
                throw Problem.invalid("separator", "a decimal comma needs ?separator=semicolon");
            }
            separator = ';';
        }
        if (declared.days != null && !readsBack(declared.days)) {
            throw Problem.invalid(
                    "dateFormat", "must be a day pattern with day, month and year, such as dd.MM.yyyy, and no time");
        }
        return new CsvDialect(separator, decimal, declared.days);
    }

    /** Whether an import reads the days this format writes back as the same days. */
    private static boolean readsBack(DateTimeFormatter days) {
        LocalDate day = LocalDate.of(2027, 12, 31);
        try {
            return LocalDate.parse(days.format(day), days).equals(day);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether a spreadsheet is its reader: the semicolon dialect is, and Excel reads UTF-8 only after a BOM. */
    boolean wantsByteOrderMark() {
        return separator == ';';
    }

    /** A number as this dialect writes it: plain, with its decimal mark. */
    String write(BigDecimal number) {
        String plain = number.toPlainString();
        return decimal != null && decimal == ',' ? plain.replace('.', ',') : plain;
    }

    /** A day as this dialect writes it: ISO unless a day format is declared. */
    String write(LocalDate day) {
        return days == null ? day.toString() : days.format(day);
    }

    /** The decimal mark, detected from the numbers when not declared: both marks in one file is ambiguous. */
    CsvDialect decimalOf(Iterable<String> numbers) {
        if (decimal != null) {
            return this;
        }
        boolean point = false;
        boolean comma = false;
        for (String number : numbers) {
            point |= number != null && number.indexOf('.') >= 0;
            comma |= number != null && number.indexOf(',') >= 0;
        }
        if (point && comma) {
            throw Problem.invalid(
                    "decimal", "the file writes numbers with both . and ,; say which is the decimal mark: ?decimal=");
        }
        return new CsvDialect(separator, comma ? ',' : '.', days);
    }

    /** A number as the ledger reads it: a plain decimal with a point. */
    String number(String cell) {
        return cell == null || decimal == null || decimal == '.' ? cell : cell.replace(',', '.');
    }

    /** A day as the ledger reads it, ISO; left as it is when it is no day of the declared format. */
    String day(String cell) {
        if (cell == null || days == null || ISO_DAY.matcher(cell).matches()) {
            return cell;
        }
        try {
            return LocalDate.parse(cell, days).toString();
        } catch (DateTimeParseException e) {
            return cell;
        }
    }

    /** TRUE, FALSE, 1 or 0, in any case; anything else is false. */
    static boolean bool(String cell) {
        return cell != null
                && (cell.strip().equalsIgnoreCase("true") || cell.strip().equals("1"));
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", ""));
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw Problem.invalid("Content-Type", "names a charset this server does not know");
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The line of the first byte that does not decode. */
    private static long badLine(byte[] body, Charset charset) {
        long line = 1;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                try {
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return line;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
