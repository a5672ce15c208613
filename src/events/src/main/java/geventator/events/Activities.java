package geventator.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;

/** Where the activities of every event are kept. */
interface Activities {

    /** Which activities a listing wants; a null part does not filter. */
    record Filter(Instant from, Instant until, String location, String member) {
        static final Filter ALL = new Filter(null, null, null, null);
    }

    void add(Activity activity);

    Optional<Activity> byId(ObjectId eventId, ObjectId id);

    /** In chronological order. */
    List<Activity> of(ObjectId eventId, Filter filter);

    /**
     * The activities of the event other than {@code except} that share time with {@code [start, end)} and
     * either take place in {@code location} or have one of {@code responsible} responsible, answered from
     * the indexes on location and on responsible member.
     */
    List<Activity> overlapping(Activity candidate);

    /** Replaces the activity if it is still at {@code expectedVersion}; false when it is not. */
    boolean replace(Activity updated, long expectedVersion);

    boolean remove(ObjectId eventId, ObjectId id);

    void removeAllOf(ObjectId eventId);
}
