import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Field;
import com.mongodb.client.model.Filters;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The limits a GEventator path is measured against, built from the same jar (Javalin, Jackson, the driver):
 * GET /json answers a small object; GET /find/{id} adds exactly one find by _id; POST /insert one insertOne of
 * the posted object. No request id, no token, no request log: only what the framework and the driver cost.
 * The ledger's round trips, for comparison: POST /find-insert/{id} finds by _id, then inserts the posted
 * object (a ledger post's two); GET /find-aggregate/{id} finds by _id, then makes one aggregation of 50 rows
 * in the balance's shape ($match, a $group inside a $facet, a $lookup of one plan document from another
 * collection): the balance's two.
 */
public final class BareServer {

    private BareServer() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        MongoClient client = MongoClients.create(args[1]);
        MongoCollection<Document> users = client.getDatabase("bare_bench").getCollection("users");
        ObjectMapper json = new ObjectMapper();
        ObjectId seeded = new ObjectId();
        users.insertOne(new Document("_id", seeded)
                .append("username", "bare")
                .append("email", "bare@example.org")
                .append("displayName", "Bare"));
        MongoCollection<Document> inserted = client.getDatabase("bare_bench").getCollection("inserted");
        MongoCollection<Document> rows = client.getDatabase("bare_bench").getCollection("rows");
        List<Document> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(new Document("key", "k")
                    .append("kind", "kind" + i % 6)
                    .append("category", "cat" + i % 12)
                    .append("minor", 100 + i));
        }
        rows.insertMany(fifty);
        client.getDatabase("bare_bench")
                .getCollection("plans")
                .insertOne(new Document("_id", "k").append("categories", List.of(new Document("name", "cat1"))));
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.jsonMapper(new JavalinJackson(json, false));
                    config.routes.get("/json", ctx -> ctx.json(Map.of("status", "UP")));
                    config.routes.get("/find/{id}", ctx -> {
                        Document found = users.find(Filters.eq("_id", new ObjectId(ctx.pathParam("id"))))
                                .first();
                        if (found == null) {
                            ctx.status(404);
                            return;
                        }
                        Map<String, Object> body = new LinkedHashMap<>(found);
                        body.put("_id", found.getObjectId("_id").toHexString());
                        ctx.json(body);
                    });
                    config.routes.post("/find-insert/{id}", ctx -> {
                        Document found = users.find(Filters.eq("_id", new ObjectId(ctx.pathParam("id"))))
                                .first();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> posted = json.readValue(ctx.bodyAsBytes(), Map.class);
                        Document document = new Document(posted)
                                .append("_id", new ObjectId())
                                .append("by", found.getString("username"));
                        inserted.insertOne(document);
                        ctx.status(201).json(Map.of("id", document.getObjectId("_id").toHexString()));
                    });
                    config.routes.get("/find-aggregate/{id}", ctx -> {
                        ObjectId id = new ObjectId(ctx.pathParam("id"));
                        Document found = users.find(Filters.eq("_id", id)).first();
                        Document sheet = rows.aggregate(List.of(
                                        Aggregates.match(Filters.eq("key", "k")),
                                        Aggregates.facet(new Facet(
                                                "groups",
                                                Aggregates.group(
                                                        new Document("kind", "$kind")
                                                                .append("category", "$category"),
                                                        Accumulators.sum("minor", "$minor"),
                                                        Accumulators.sum("count", 1)))),
                                        Aggregates.addFields(new Field<>("plan", new Document("$literal", "k"))),
                                        Aggregates.lookup("plans", "plan", "_id", "plans")))
                                .first();
                        ctx.json(Map.of(
                                "user",
                                found.getString("username"),
                                "groups",
                                sheet.getList("groups", Document.class).size(),
                                "plans",
                                sheet.getList("plans", Document.class).size()));
                    });
                    config.routes.post("/insert", ctx -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> posted = json.readValue(ctx.bodyAsBytes(), Map.class);
                        Document document = new Document(posted).append("_id", new ObjectId());
                        inserted.insertOne(document);
                        ctx.status(201).json(Map.of("id", document.getObjectId("_id").toHexString()));
                    });
                })
                .start("127.0.0.1", port);
        System.out.println("bare server on http://127.0.0.1:" + port + "; seeded id " + seeded.toHexString());
    }
}
