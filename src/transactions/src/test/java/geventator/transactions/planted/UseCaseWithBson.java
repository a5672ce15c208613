package geventator.transactions.planted;

import org.bson.types.ObjectId;

/** Planted violation for {@code LayersTest}: a use case outside the store that makes BSON ids. */
public final class UseCaseWithBson {

    public String newId() {
        return new ObjectId().toHexString();
    }
}
