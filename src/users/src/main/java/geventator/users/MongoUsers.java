package geventator.users;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** Accounts in the {@code users} collection, with unique indexes on the lower-cased username and email. */
final class MongoUsers implements Users {

    private static final String USERNAME_KEY = "usernameKey";
    private static final String EMAIL_KEY = "emailKey";

    private final MongoCollection<Document> users;

    MongoUsers(MongoDatabase database) {
        this.users = database.getCollection("users");
        users.createIndex(
                Indexes.ascending(USERNAME_KEY), new IndexOptions().unique(true).name("username_unique"));
        users.createIndex(
                Indexes.ascending(EMAIL_KEY), new IndexOptions().unique(true).name("email_unique"));
    }

    @Override
    public void add(User user) {
        try {
            users.insertOne(toDocument(user));
        } catch (MongoWriteException e) {
            throw translate(e);
        }
    }

    @Override
    public Optional<User> byId(String id) {
        return ObjectId.isValid(id) ? first(Filters.eq("_id", new ObjectId(id))) : Optional.empty();
    }

    @Override
    public Optional<User> byLogin(String usernameOrEmail) {
        String key = User.key(usernameOrEmail);
        return first(key.contains("@") ? Filters.eq(EMAIL_KEY, key) : Filters.eq(USERNAME_KEY, key));
    }

    @Override
    public Optional<User> byUsername(String username) {
        return first(Filters.eq(USERNAME_KEY, User.key(username)));
    }

    @Override
    public boolean updateProfile(User user) {
        try {
            return users.updateOne(
                                    Filters.eq("_id", new ObjectId(user.id())),
                                    Updates.combine(
                                            Updates.set("email", user.email()),
                                            Updates.set(EMAIL_KEY, User.key(user.email())),
                                            Updates.set("displayName", user.displayName()),
                                            Updates.set("updatedAt", Date.from(user.updatedAt()))))
                            .getMatchedCount()
                    == 1;
        } catch (MongoWriteException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean replacePasswordHash(String id, String expectedHash, String newHash) {
        return users.updateOne(
                                Filters.and(
                                        Filters.eq("_id", new ObjectId(id)), Filters.eq("passwordHash", expectedHash)),
                                Updates.set("passwordHash", newHash))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean remove(String id) {
        return ObjectId.isValid(id)
                && users.deleteOne(Filters.eq("_id", new ObjectId(id))).getDeletedCount() == 1;
    }

    private Optional<User> first(Bson filter) {
        return Optional.ofNullable(users.find(filter).first()).map(MongoUsers::fromDocument);
    }

    private static RuntimeException translate(MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
            return e;
        }
        String message = String.valueOf(e.getError().getMessage());
        return new Taken(message.contains(EMAIL_KEY) || message.contains("email_unique") ? "email" : "username");
    }

    private static Document toDocument(User user) {
        return new Document("_id", new ObjectId(user.id()))
                .append("username", user.username())
                .append(USERNAME_KEY, User.key(user.username()))
                .append("email", user.email())
                .append(EMAIL_KEY, User.key(user.email()))
                .append("displayName", user.displayName())
                .append("passwordHash", user.passwordHash())
                .append("createdAt", Date.from(user.createdAt()))
                .append("updatedAt", Date.from(user.updatedAt()));
    }

    private static User fromDocument(Document d) {
        return new User(
                d.getObjectId("_id").toHexString(),
                d.getString("username"),
                d.getString("email"),
                d.getString("displayName"),
                d.getString("passwordHash"),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant());
    }
}
