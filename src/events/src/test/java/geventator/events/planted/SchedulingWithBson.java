package geventator.events.planted;

import org.bson.types.ObjectId;

/** Planted: a use case that reaches for BSON, which only the store may. */
public final class SchedulingWithBson {

    public String newId() {
        return new ObjectId().toHexString();
    }
}
