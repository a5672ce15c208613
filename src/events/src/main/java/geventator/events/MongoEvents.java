package geventator.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import geventator.events.api.AccountSummary;
import geventator.events.api.EventStatus;
import geventator.events.api.MemberRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** Events in the {@code events} collection, members embedded, indexed by member for "my events". */
final class MongoEvents implements Events {

    private static final String MEMBERS = "members";
    private static final String REOPENINGS = "reopenings";
    private static final String CALENDAR_KEY_HASH = "calendarKeyHash";
    private static final String ACCOUNTS = "accounts";

    private final MongoCollection<Document> events;

    MongoEvents(MongoDatabase database) {
        this.events = database.getCollection("events");
        events.createIndex(Indexes.ascending("members.userId", "start"), new IndexOptions().name("by_member"));
    }

    @Override
    public void add(Event event) {
        Document document = new Document("_id", new ObjectId(event.id()));
        putDetails(document, event.details());
        document.append("status", event.status().name())
                .append(
                        MEMBERS,
                        event.members().stream().map(MongoEvents::toDocument).toList())
                .append("version", event.version())
                .append("membersVersion", event.membersVersion())
                .append(ACCOUNTS, accountDocuments(event.accounts()));
        events.insertOne(document);
    }

    @Override
    public Optional<Event> byId(String id) {
        return Optional.ofNullable(
                        events.find(Filters.eq("_id", new ObjectId(id))).first())
                .map(MongoEvents::fromDocument);
    }

    @Override
    public List<Event> withMember(String userId) {
        return events.find(Filters.elemMatch(
                        MEMBERS, Filters.and(Filters.eq("userId", userId), Filters.eq("leftAt", null))))
                .sort(Sorts.ascending("start", "_id"))
                .map(MongoEvents::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public boolean replaceDetails(
            String id, long expectedVersion, EventDetails details, EventStatus status, Reopening reopening) {
        Document fields = new Document();
        putDetails(fields, details);
        fields.append("status", status.name()).append("version", expectedVersion + 1);
        Document update = new Document("$set", fields);
        if (reopening != null) {
            update.append(
                    "$push",
                    new Document(
                            REOPENINGS,
                            new Document("reason", reopening.reason())
                                    .append("by", reopening.by())
                                    .append("at", Date.from(reopening.at()))));
        }
        return events.updateOne(
                                Filters.and(
                                        Filters.eq("_id", new ObjectId(id)), Filters.eq("version", expectedVersion)),
                                update)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean replaceMembers(Event current, List<Member> members) {
        List<String> remainingOwners = members.stream()
                .filter(Member::isCurrentOwner)
                .map(Member::userId)
                .toList();
        Bson filter = Filters.and(
                Filters.eq("_id", new ObjectId(current.id())),
                Filters.eq("membersVersion", current.membersVersion()),
                Filters.elemMatch(
                        MEMBERS,
                        Filters.and(
                                Filters.eq("role", MemberRole.OWNER.name()),
                                Filters.eq("leftAt", null),
                                Filters.in("userId", remainingOwners))));
        return events.updateOne(
                                filter,
                                Updates.combine(
                                        Updates.set(
                                                MEMBERS,
                                                members.stream()
                                                        .map(MongoEvents::toDocument)
                                                        .toList()),
                                        Updates.set("membersVersion", current.membersVersion() + 1)))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean replaceAccounts(Event current, List<AccountSummary> accounts) {
        boolean stored =
                events.find(Filters.and(Filters.eq("_id", new ObjectId(current.id())), Filters.exists(ACCOUNTS)))
                                .first()
                        != null;
        Bson unchanged =
                stored ? Filters.eq(ACCOUNTS, accountDocuments(current.accounts())) : Filters.exists(ACCOUNTS, false);
        return events.updateOne(
                                Filters.and(Filters.eq("_id", new ObjectId(current.id())), unchanged),
                                Updates.set(ACCOUNTS, accountDocuments(accounts)))
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean remove(String id) {
        return events.deleteOne(Filters.eq("_id", new ObjectId(id))).getDeletedCount() == 1;
    }

    @Override
    public Optional<String> calendarKeyHash(String id) {
        return Optional.ofNullable(
                        events.find(Filters.eq("_id", new ObjectId(id))).first())
                .map(d -> d.getString(CALENDAR_KEY_HASH));
    }

    @Override
    public boolean replaceCalendarKeyHash(String id, String hash) {
        Bson update = hash == null ? Updates.unset(CALENDAR_KEY_HASH) : Updates.set(CALENDAR_KEY_HASH, hash);
        return events.updateOne(Filters.eq("_id", new ObjectId(id)), update).getMatchedCount() == 1;
    }

    private static void putDetails(Document document, EventDetails details) {
        document.append("name", details.name())
                .append("description", details.description())
                .append("location", details.location())
                .append("timeZone", details.timeZone())
                .append("currency", details.currency());
        MongoTimes.put(document, "start", details.start());
        MongoTimes.put(document, "end", details.end());
    }

    private static Document toDocument(Member member) {
        Document document = new Document("userId", member.userId())
                .append("username", member.username())
                .append("displayName", member.displayName())
                .append("role", member.role().name());
        if (member.share() != null) {
            document.append("share", member.share().toPlainString());
        }
        if (member.stake() != null) {
            document.append("stake", member.stake().toPlainString());
        }
        if (member.leftAt() != null) {
            document.append("leftAt", Date.from(member.leftAt()));
        }
        return document;
    }

    private static List<Document> accountDocuments(List<AccountSummary> accounts) {
        return accounts.stream()
                .map(a -> new Document("id", a.id()).append("name", a.name()))
                .toList();
    }

    private static BigDecimal decimal(Document d, String key) {
        String text = d.getString(key);
        return text == null ? null : new BigDecimal(text);
    }

    private static Event fromDocument(Document d) {
        EventDetails details = new EventDetails(
                d.getString("name"),
                d.getString("description"),
                d.getString("location"),
                MongoTimes.get(d, "start"),
                MongoTimes.get(d, "end"),
                d.getString("timeZone"),
                d.getString("currency"));
        List<Member> members = d.getList(MEMBERS, Document.class).stream()
                .map(m -> new Member(
                        m.getString("userId"),
                        m.getString("username"),
                        m.getString("displayName"),
                        MemberRole.valueOf(m.getString("role")),
                        decimal(m, "share"),
                        decimal(m, "stake"),
                        m.getDate("leftAt") == null ? null : m.getDate("leftAt").toInstant()))
                .toList();
        String id = d.getObjectId("_id").toHexString();
        List<AccountSummary> accounts = d.containsKey(ACCOUNTS)
                ? d.getList(ACCOUNTS, Document.class).stream()
                        .map(a -> new AccountSummary(a.getString("id"), a.getString("name")))
                        .toList()
                : List.of(Event.defaultAccount(id));
        return new Event(
                id,
                details,
                EventStatus.valueOf(d.getString("status")),
                members,
                d.getLong("version"),
                d.getLong("membersVersion"),
                d.getList(REOPENINGS, Document.class, List.of()).stream()
                        .map(r -> new Reopening(
                                r.getString("reason"),
                                r.getString("by"),
                                r.getDate("at").toInstant()))
                        .toList(),
                accounts);
    }
}
