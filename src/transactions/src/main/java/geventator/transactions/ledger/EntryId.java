package geventator.transactions.ledger;

import java.util.Locale;

/** The id of a ledger entry: 24 hexadecimal digits, kept in lower case. The store hands out new ones. */
public record EntryId(String value) {

    public EntryId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an entry id: " + value);
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String text) {
        return text != null && EventId.HEX_24.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
