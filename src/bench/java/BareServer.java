import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The limits a GEventator path is measured against, built from the same jar (Javalin, Jackson, the driver):
 * GET /json answers a small object; GET /find/{id} adds exactly one find by _id; POST /insert one insertOne of
 * the posted object. No request id, no token, no request log: only what the framework and the driver cost.
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
