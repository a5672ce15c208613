package geventator.testkit.plantedflat;

import org.bson.types.ObjectId;

/** Planted violation in a flat module: a use case that makes BSON ids. */
public final class WidgetingWithBson {

    public String newId() {
        return new ObjectId().toHexString();
    }
}
