package geventator.users.planted;

import org.bson.types.ObjectId;

/** Planted violation for {@code LayersTest}: a use case outside the store that checks ids with BSON. */
public final class UseCaseWithBson {

    public boolean isUserId(String id) {
        return ObjectId.isValid(id);
    }
}
