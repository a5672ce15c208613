package geventator.testkit.planted.domain;

import com.mongodb.client.MongoDatabase;

/** Planted violation: a use case that talks to the driver. */
public final class CountingWithTheDriver {

    public long count(MongoDatabase database) {
        return database.getCollection("things").countDocuments();
    }
}
