package geventator.events;

import geventator.platform.Refusal;
import geventator.platform.Refusal.Field;
import geventator.platform.Text;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The rules an event's fields follow; every broken rule is reported at once, as a 400 problem. */
final class EventChecks {

    static final String DEFAULT_CURRENCY = "EUR";
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 5000;

    private EventChecks() {}

    static EventDetails checked(EventDetails details) {
        List<Field> errors = new ArrayList<>();
        text("name", details.name(), true, MAX_NAME, errors);
        text("description", details.description(), false, MAX_TEXT, errors);
        text("location", details.location(), false, MAX_NAME, errors);
        times(details.start(), details.end(), errors);
        if (details.timeZone() == null
                || !ZoneId.getAvailableZoneIds().contains(details.timeZone())
                || !CalendarFeed.canRender(details.timeZone())) {
            errors.add(new Field("timeZone", "must be an IANA time zone id such as Europe/Madrid"));
        }
        if (!isCurrency(details.currency())) {
            errors.add(new Field("currency", "must be an ISO 4217 code such as EUR"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return new EventDetails(
                details.name().strip(),
                strip(details.description()),
                strip(details.location()),
                details.start(),
                details.end(),
                details.timeZone(),
                details.currency());
    }

    static void text(String field, String value, boolean required, int max, List<Field> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Field(field, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(new Field(field, "must be at most " + max + " characters"));
        }
    }

    static void times(OffsetDateTime start, OffsetDateTime end, List<Field> errors) {
        if (start == null) {
            errors.add(new Field("start", "is required, as ISO-8601 with offset"));
        }
        if (end == null) {
            errors.add(new Field("end", "is required, as ISO-8601 with offset"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new Field("end", "must not be before start"));
        }
    }

    static String strip(String value) {
        return Text.stripToNull(value);
    }

    private static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
