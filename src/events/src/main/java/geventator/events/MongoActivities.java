package geventator.events;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Activities in the {@code activities} collection. The conflict checks run two indexed range queries, one
 * per index: {eventId, room, start} and {eventId, responsible, start}; {@code room} is the location's
 * {@link Room#key}, so that rooms match regardless of case and spacing.
 */
final class MongoActivities implements Activities {

    private final MongoCollection<Document> activities;

    MongoActivities(MongoDatabase database) {
        this.activities = database.getCollection("activities");
        activities.createIndex(Indexes.ascending("eventId", "start"), new IndexOptions().name("timetable"));
        activities.createIndex(Indexes.ascending("eventId", "room", "start"), new IndexOptions().name("by_room"));
        keyRoomsOfOlderActivities();
        activities.createIndex(
                Indexes.ascending("eventId", "responsible", "start"), new IndexOptions().name("by_responsible"));
    }

    @Override
    public void add(Activity activity) {
        activities.insertOne(toDocument(activity));
    }

    @Override
    public Optional<Activity> byId(String eventId, String id) {
        return Optional.ofNullable(activities
                        .find(Filters.and(
                                Filters.eq("_id", new ObjectId(id)), Filters.eq("eventId", new ObjectId(eventId))))
                        .first())
                .map(MongoActivities::fromDocument);
    }

    @Override
    public List<Activity> of(String eventId, Filter filter) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("eventId", new ObjectId(eventId))));
        if (filter.until() != null) {
            conditions.add(Filters.lt("start", Date.from(filter.until())));
        }
        if (filter.from() != null) {
            conditions.add(Filters.gt("end", Date.from(filter.from())));
        }
        if (filter.location() != null) {
            conditions.add(Filters.eq("room", Room.key(filter.location())));
        }
        if (filter.member() != null) {
            conditions.add(Filters.eq("responsible", filter.member()));
        }
        if (filter.ids() != null) {
            conditions.add(
                    Filters.in("_id", filter.ids().stream().map(ObjectId::new).toList()));
        }
        return activities
                .find(Filters.and(conditions))
                .sort(Sorts.ascending("start", "end", "_id"))
                .map(MongoActivities::fromDocument)
                .into(new ArrayList<>());
    }

    @Override
    public List<Activity> overlapping(Activity candidate) {
        ActivityDetails details = candidate.details();
        Bson sameTime = Filters.and(
                Filters.lt("start", Date.from(details.end().toInstant())),
                Filters.gt("end", Date.from(details.start().toInstant())),
                Filters.ne("_id", new ObjectId(candidate.id())));
        Map<String, Activity> found = new LinkedHashMap<>();
        if (details.location() != null) {
            find(
                    Filters.and(
                            Filters.eq("eventId", new ObjectId(candidate.eventId())),
                            Filters.eq("room", Room.key(details.location())),
                            sameTime),
                    found);
        }
        if (!details.responsible().isEmpty()) {
            find(
                    Filters.and(
                            Filters.eq("eventId", new ObjectId(candidate.eventId())),
                            Filters.in("responsible", details.responsible()),
                            sameTime),
                    found);
        }
        return found.values().stream()
                .sorted(java.util.Comparator.comparing(a -> a.details().start()))
                .toList();
    }

    @Override
    public List<Room> rooms(String eventId) {
        Map<String, Room> rooms = new LinkedHashMap<>();
        activities
                .find(Filters.and(Filters.eq("eventId", new ObjectId(eventId)), Filters.ne("location", null)))
                .sort(Sorts.ascending("start", "_id"))
                .projection(new Document("location", 1).append("room", 1))
                .forEach(d ->
                        rooms.putIfAbsent(d.getString("room"), new Room(d.getString("location"), d.getString("room"))));
        return rooms.values().stream()
                .sorted(java.util.Comparator.comparing(Room::key))
                .toList();
    }

    /** Activities stored before rooms had keys get theirs, once, at start-up. */
    private void keyRoomsOfOlderActivities() {
        activities
                .find(Filters.and(Filters.exists("room", false), Filters.ne("location", null)))
                .forEach(d -> activities.updateOne(
                        Filters.eq("_id", d.getObjectId("_id")),
                        new Document("$set", new Document("room", Room.key(d.getString("location"))))));
    }

    @Override
    public boolean replace(Activity updated, long expectedVersion) {
        Document replacement = toDocument(updated);
        return activities
                        .replaceOne(
                                Filters.and(
                                        Filters.eq("_id", new ObjectId(updated.id())),
                                        Filters.eq("eventId", new ObjectId(updated.eventId())),
                                        Filters.eq("version", expectedVersion)),
                                replacement)
                        .getModifiedCount()
                == 1;
    }

    @Override
    public boolean remove(String eventId, String id) {
        return activities
                        .deleteOne(Filters.and(
                                Filters.eq("_id", new ObjectId(id)), Filters.eq("eventId", new ObjectId(eventId))))
                        .getDeletedCount()
                == 1;
    }

    @Override
    public void removeAllOf(String eventId) {
        activities.deleteMany(Filters.eq("eventId", new ObjectId(eventId)));
    }

    private void find(Bson filter, Map<String, Activity> found) {
        activities
                .find(filter)
                .forEach(d -> found.putIfAbsent(d.getObjectId("_id").toHexString(), fromDocument(d)));
    }

    private static Document toDocument(Activity activity) {
        ActivityDetails details = activity.details();
        Document document = new Document("_id", new ObjectId(activity.id()))
                .append("eventId", new ObjectId(activity.eventId()))
                .append("title", details.title())
                .append("description", details.description())
                .append("location", details.location())
                .append("room", Room.key(details.location()))
                .append("responsible", details.responsible())
                .append("tags", details.tags())
                .append("version", activity.version());
        MongoTimes.put(document, "start", details.start());
        MongoTimes.put(document, "end", details.end());
        return document;
    }

    private static Activity fromDocument(Document d) {
        ActivityDetails details = new ActivityDetails(
                d.getString("title"),
                d.getString("description"),
                MongoTimes.get(d, "start"),
                MongoTimes.get(d, "end"),
                d.getString("location"),
                d.getList("responsible", String.class),
                d.getList("tags", String.class));
        return new Activity(
                d.getObjectId("_id").toHexString(),
                d.getObjectId("eventId").toHexString(),
                details,
                d.getLong("version"));
    }
}
