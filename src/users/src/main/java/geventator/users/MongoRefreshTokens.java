package geventator.users;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/** Refresh tokens in the {@code refresh_tokens} collection, keyed by hash; a TTL index drops expired ones. */
final class MongoRefreshTokens implements RefreshTokens {

    private final MongoCollection<Document> tokens;

    MongoRefreshTokens(MongoDatabase database) {
        this.tokens = database.getCollection("refresh_tokens");
        tokens.createIndex(
                Indexes.ascending("expiresAt"),
                new IndexOptions().expireAfter(0L, TimeUnit.SECONDS).name("expiry"));
        tokens.createIndex(Indexes.ascending("family"), new IndexOptions().name("by_family"));
        tokens.createIndex(Indexes.ascending("userId"), new IndexOptions().name("by_user"));
    }

    @Override
    public void add(Stored token) {
        tokens.insertOne(new Document("_id", token.hash())
                .append("family", token.family())
                .append("userId", token.userId())
                .append("credential", token.credential())
                .append("expiresAt", Date.from(token.expiresAt()))
                .append("replaced", token.replaced()));
    }

    @Override
    public Optional<Stored> byHash(String hash) {
        return Optional.ofNullable(tokens.find(Filters.eq("_id", hash)).first())
                .map(d -> new Stored(
                        d.getString("_id"),
                        d.getString("family"),
                        d.getString("userId"),
                        d.getString("credential"),
                        d.getDate("expiresAt").toInstant(),
                        d.getBoolean("replaced", false)));
    }

    @Override
    public boolean markReplaced(String hash) {
        return tokens.updateOne(
                                Filters.and(Filters.eq("_id", hash), Filters.eq("replaced", false)),
                                Updates.set("replaced", true))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public void removeFamily(String family) {
        tokens.deleteMany(Filters.eq("family", family));
    }

    @Override
    public void removeAllOf(String userId) {
        tokens.deleteMany(Filters.eq("userId", userId));
    }
}
