package geventator.platform;

import java.util.Locale;
import org.bson.types.ObjectId;

/**
 * The ids of stored things as modules see them: 24 lower-case hexadecimal digits, the text of a MongoDB
 * object id, so that an id is new, ordered by creation time, and cheap to index without BSON outside a store.
 */
public final class Ids {

    private Ids() {}

    /** A new id, unique and ordered by creation time. */
    public static String newId() {
        return new ObjectId().toHexString();
    }

    /** True when {@code value} is 24 hexadecimal digits. */
    public static boolean isValid(String value) {
        return value != null && ObjectId.isValid(value);
    }

    /** {@code value} in lower case, as every id is stored. */
    public static String normalized(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
