package geventator.transactions.ledger;

import geventator.platform.Ids;
import java.util.Optional;

/** The id of an event, as the event role gives it out: 24 hexadecimal digits, kept in lower case. */
public record EventId(String value) {

    public EventId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an event id: " + value);
        }
        value = Ids.normalized(value);
    }

    public static boolean isValid(String text) {
        return Ids.isValid(text);
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
