package geventator.transactions.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The money rules, in one place. Quantities and prices arrive as plain decimal strings (no sign, no
 * exponent, no NaN), so that what the client typed is what is multiplied; the amount is computed exactly and
 * rounded half-even to the currency's minor unit. Amounts are also kept as a count of minor units in a
 * {@code long}: sums of those are exact in every database and cannot overflow within {@link #MAX_AMOUNT}.
 */
public final class Money {

    public static final int QUANTITY_DECIMALS = 3;
    /** The largest amount of one entry; 10^5 of them still sum far below {@link Long#MAX_VALUE} minor units. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,15})?");

    private Money() {}

    /** The currency's minor-unit digits: 2 for EUR, 0 for JPY, 3 for KWD. */
    public static int minorDigits(String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** Why {@code text} is not a quantity, or empty when it is one. */
    public static Optional<String> quantityProblem(String text) {
        return positiveDecimalProblem(text, QUANTITY_DECIMALS);
    }

    public static Optional<String> unitPriceProblem(String text, String currency) {
        return positiveDecimalProblem(text, minorDigits(currency));
    }

    /** Why {@code text} is not a planned amount of a budget: like a unit price, but zero ("0", "0.00") is a plan. */
    public static Optional<String> plannedProblem(String text, String currency) {
        return decimalProblem(text, minorDigits(currency), true);
    }

    /** A positive plain decimal with at most {@code decimals} places; call after the problem check. */
    public static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    public static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return quantity.multiply(unitPrice).setScale(minorDigits(currency), RoundingMode.HALF_EVEN);
    }

    public static long toMinor(BigDecimal amount, String currency) {
        return amount.movePointRight(minorDigits(currency)).longValueExact();
    }

    public static BigDecimal fromMinor(long minor, String currency) {
        return BigDecimal.valueOf(minor, minorDigits(currency));
    }

    public static String format(long minor, String currency) {
        return fromMinor(minor, currency).toPlainString();
    }

    private static Optional<String> positiveDecimalProblem(String text, int decimals) {
        return decimalProblem(text, decimals, false);
    }

    private static Optional<String> decimalProblem(String text, int decimals, boolean zeroAllowed) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            return Optional.of("must be a positive plain decimal string such as \"12.50\"");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > decimals) {
            return Optional.of(
                    decimals == 0 ? "must be a whole number" : "must have at most " + decimals + " decimals");
        }
        if (value.signum() <= 0 && !(zeroAllowed && value.signum() == 0)) {
            return Optional.of("must be greater than zero");
        }
        return Optional.empty();
    }
}
