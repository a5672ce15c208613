package geventator.users;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Counters in the {@code login_attempts} collection, one document per key and window, counted with one
 * atomic upsert; a TTL index removes each once it is no longer weighed.
 */
final class MongoAttempts implements Attempts {

    private final MongoCollection<Document> attempts;

    MongoAttempts(MongoDatabase database) {
        this.attempts = database.getCollection("login_attempts");
        attempts.createIndex(
                Indexes.ascending("expiresAt"),
                new IndexOptions().expireAfter(0L, TimeUnit.SECONDS).name("expiry"));
    }

    @Override
    public long count(String key, Instant windowEnd, Instant keptUntil) {
        try {
            return increment(key, windowEnd, keptUntil);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return increment(key, windowEnd, keptUntil); // another instance created the counter at the same moment
        }
    }

    @Override
    public Map<String, Long> counted(Set<String> keys, Instant windowEnd) {
        Map<String, String> byId = new HashMap<>();
        keys.forEach(key -> byId.put(id(key, windowEnd), key));
        Map<String, Long> counted = new HashMap<>();
        for (Document counter :
                attempts.find(Filters.in("_id", byId.keySet())).projection(Projections.include("count"))) {
            counted.put(byId.get(counter.getString("_id")), ((Number) counter.get("count")).longValue());
        }
        return counted;
    }

    @Override
    public void forget(Set<String> keys, Instant windowEnd) {
        attempts.updateMany(
                Filters.in("_id", keys.stream().map(key -> id(key, windowEnd)).toList()), Updates.inc("count", -1));
    }

    private long increment(String key, Instant windowEnd, Instant keptUntil) {
        Document counter = attempts.findOneAndUpdate(
                Filters.eq("_id", id(key, windowEnd)),
                Updates.combine(Updates.inc("count", 1), Updates.setOnInsert("expiresAt", Date.from(keptUntil))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("count")).longValue();
    }

    private static String id(String key, Instant windowEnd) {
        return key + "@" + windowEnd.getEpochSecond();
    }
}
