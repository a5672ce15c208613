package geventator.testkit.plantedflat;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/** Allowed in a flat module: a store class by name, with a nested class that counts as the store too. */
public final class MongoWidgets {

    private final MongoDatabase database;

    public MongoWidgets(MongoDatabase database) {
        this.database = database;
    }

    record Row(Document document) {}

    public Row first() {
        return new Row(database.getCollection("widgets").find().first());
    }
}
