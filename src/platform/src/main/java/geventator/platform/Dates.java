package geventator.platform;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates GEventator accepts: the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Java reads dates a
 * billion years away, but a BSON date ends near ±292 million years and a calendar far sooner, so every date
 * from a client (a body, a filter, a CSV cell) is checked against this one range.
 */
public final class Dates {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    /** The range as a client reads it in a refusal. */
    public static final String RANGE = "in the years 0001 to 9999";

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

    private Dates() {}

    public static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** True for an instant in the range, read in UTC, and for a date or date-time whose year is in it. */
    public static boolean inRange(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
        }
        return inRange(value.get(ChronoField.YEAR));
    }
}
