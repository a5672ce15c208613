package geventator.testkit.planted.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Allowed: the store uses the driver and BSON. */
public final class MongoThings {

    private final MongoCollection<Document> things;

    public MongoThings(MongoDatabase database) {
        this.things = database.getCollection("things");
    }

    public long count() {
        return things.countDocuments();
    }
}
