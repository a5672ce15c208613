package geventator.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;

/** Sessions, form keys and pending uploads as documents, each collection emptied by a TTL index. */
final class MongoSessions implements Sessions {

    private static final String RENEWING_UNTIL = "renewingUntil";

    static final Duration FORM_KEY_TTL = Duration.ofDays(1);
    static final Duration UPLOAD_TTL = Duration.ofHours(1);

    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> formKeys;
    private final MongoCollection<Document> uploads;

    MongoSessions(MongoDatabase database) {
        this.sessions = database.getCollection("sessions");
        this.formKeys = database.getCollection("formKeys");
        this.uploads = database.getCollection("uploads");
        sessions.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        formKeys.createIndex(
                Indexes.ascending("at"), new IndexOptions().expireAfter(FORM_KEY_TTL.toSeconds(), TimeUnit.SECONDS));
        uploads.createIndex(
                Indexes.ascending("at"), new IndexOptions().expireAfter(UPLOAD_TTL.toSeconds(), TimeUnit.SECONDS));
    }

    @Override
    public void create(Session s) {
        sessions.insertOne(new Document("_id", s.id())
                .append("csrf", s.csrf())
                .append("userId", s.userId())
                .append("username", s.username())
                .append("displayName", s.displayName())
                .append("accessToken", s.accessToken())
                .append("refreshToken", s.refreshToken())
                .append("expiresAt", Date.from(s.expiresAt())));
    }

    @Override
    public Optional<Session> find(String id, Instant now) {
        Document d = sessions.find(Filters.eq("_id", id)).first();
        if (d == null || !d.getDate("expiresAt").toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(of(d));
    }

    private static Session of(Document d) {
        return new Session(
                d.getString("_id"),
                d.getString("csrf"),
                d.getString("userId"),
                d.getString("username"),
                d.getString("displayName"),
                d.getString("accessToken"),
                d.getString("refreshToken"),
                d.getDate("expiresAt").toInstant(),
                d.getString("flash"),
                d.getString("secret"));
    }

    @Override
    public boolean replaceTokens(String id, String oldAccessToken, String accessToken, String refreshToken) {
        return sessions.updateOne(
                                Filters.and(Filters.eq("_id", id), Filters.eq("accessToken", oldAccessToken)),
                                Updates.combine(
                                        Updates.set("accessToken", accessToken),
                                        Updates.set("refreshToken", refreshToken),
                                        Updates.unset(RENEWING_UNTIL)))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean claimRenewal(String id, String expiredAccessToken, Instant now, Instant until) {
        return sessions.updateOne(
                                Filters.and(
                                        Filters.eq("_id", id),
                                        Filters.eq("accessToken", expiredAccessToken),
                                        Filters.or(
                                                Filters.exists(RENEWING_UNTIL, false),
                                                Filters.lt(RENEWING_UNTIL, Date.from(now)))),
                                Updates.set(RENEWING_UNTIL, Date.from(until)))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public void releaseRenewal(String id) {
        sessions.updateOne(Filters.eq("_id", id), Updates.unset(RENEWING_UNTIL));
    }

    @Override
    public void delete(String id) {
        sessions.deleteOne(Filters.eq("_id", id));
    }

    @Override
    public void flash(String id, String flash, String secret) {
        sessions.updateOne(
                Filters.eq("_id", id), Updates.combine(Updates.set("flash", flash), Updates.set("secret", secret)));
    }

    @Override
    public Optional<Session> takeFlash(String id) {
        Document d = sessions.findOneAndUpdate(
                Filters.and(Filters.eq("_id", id), Filters.exists("flash", true), Filters.ne("flash", null)),
                Updates.combine(Updates.unset("flash"), Updates.unset("secret")));
        return Optional.ofNullable(d).map(MongoSessions::of);
    }

    @Override
    public void rename(String id, String displayName) {
        sessions.updateOne(Filters.eq("_id", id), Updates.set("displayName", displayName));
    }

    @Override
    public boolean claim(String sessionId, String formKey, Instant now) {
        try {
            formKeys.insertOne(new Document("_id", sessionId + ":" + formKey).append("at", Date.from(now)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void settle(String sessionId, String formKey, String location) {
        formKeys.updateOne(Filters.eq("_id", sessionId + ":" + formKey), Updates.set("location", location));
    }

    @Override
    public void release(String sessionId, String formKey) {
        formKeys.deleteOne(Filters.eq("_id", sessionId + ":" + formKey));
    }

    @Override
    public Optional<String> outcome(String sessionId, String formKey) {
        Document d = formKeys.find(Filters.eq("_id", sessionId + ":" + formKey)).first();
        return Optional.ofNullable(d).map(doc -> doc.getString("location"));
    }

    @Override
    public String keepUpload(String sessionId, String name, byte[] content, Instant now) {
        String id = UUID.randomUUID().toString();
        uploads.insertOne(new Document("_id", id)
                .append("session", sessionId)
                .append("name", name)
                .append("content", new Binary(content))
                .append("at", Date.from(now)));
        return id;
    }

    @Override
    public Optional<byte[]> upload(String uploadId, String sessionId) {
        Document d = uploads.find(Filters.and(Filters.eq("_id", uploadId), Filters.eq("session", sessionId)))
                .first();
        return Optional.ofNullable(d)
                .map(doc -> doc.get("content", Binary.class).getData());
    }
}
