package geventator.testkit.plantedflat;

import org.bson.Document;

/** Allowed in a flat module: the mapping beside the store. */
final class WidgetDocuments {

    static Document of(String name) {
        return new Document("name", name);
    }
}
