package geventator.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts as people type them, made into the API's plain decimal strings. In Spanish the comma is the
 * decimal separator ("12,50" is 12.50) and the dot groups thousands ("1.250,00"); in English the other way
 * round. A lone dot in Spanish ("12.50") is still read as a decimal point unless it groups exactly three
 * digits ("1.250" is one thousand two hundred and fifty), since people copy numbers from everywhere.
 */
final class Amounts {

    private static final Pattern GROUPED_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private Amounts() {}

    /** The plain decimal, or empty when the text is no positive decimal number. */
    static Optional<String> parse(String typed, String language) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replace("\u00a0", "").replace(" ", "").replace("€", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String plain;
        if (language.equals("es")) {
            if (text.contains(",")) {
                plain = text.replace(".", "").replace(',', '.');
            } else if (GROUPED_DOTS.matcher(text).matches()) {
                plain = text.replace(".", "");
            } else {
                plain = text;
            }
        } else {
            if (text.contains(".")) {
                plain = text.replace(",", "");
            } else if (GROUPED_COMMAS.matcher(text).matches()) {
                plain = text.replace(",", "");
            } else {
                plain = text.replace(',', '.');
            }
        }
        if (!PLAIN.matcher(plain).matches()
                || plain.chars().filter(c -> c == '.').count() > 1) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain).toPlainString());
    }
}
