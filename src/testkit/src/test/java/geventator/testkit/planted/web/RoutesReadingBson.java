package geventator.testkit.planted.web;

import org.bson.types.ObjectId;

/** Planted violation: the web is not the store, so it may not parse BSON ids either. */
public final class RoutesReadingBson {

    public String id(String text) {
        return new ObjectId(text).toHexString();
    }
}
