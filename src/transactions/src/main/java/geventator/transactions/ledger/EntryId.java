package geventator.transactions.ledger;

import geventator.platform.Ids;

/** The id of a ledger entry: 24 hexadecimal digits, kept in lower case. The store hands out new ones. */
public record EntryId(String value) {

    public EntryId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an entry id: " + value);
        }
        value = Ids.normalized(value);
    }

    public static boolean isValid(String text) {
        return Ids.isValid(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
