package geventator.transactions.ledger;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The id of an event, as the event role gives it out: 24 hexadecimal digits, kept in lower case. */
public record EventId(String value) {

    static final Pattern HEX_24 = Pattern.compile("[0-9a-fA-F]{24}");

    public EventId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an event id: " + value);
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String text) {
        return text != null && HEX_24.matcher(text).matches();
    }

    /** Empty when {@code text} cannot be an event id. */
    public static Optional<EventId> parse(String text) {
        return isValid(text) ? Optional.of(new EventId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
