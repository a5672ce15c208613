package geventator.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the activities of every event are kept. */
interface Activities {

    /** Which activities a listing wants; a null part does not filter. {@code ids}: lower case. */
    record Filter(Instant from, Instant until, String location, String member, Set<String> ids) {
        static final Filter ALL = new Filter(null, null, null, null, null);

        public Filter {
            ids = ids == null ? null : Set.copyOf(ids);
        }

        static Filter only(Set<String> ids) {
            return new Filter(null, null, null, null, ids);
        }
    }

    void add(Activity activity);

    Optional<Activity> byId(String eventId, String id);

    /** In chronological order. */
    List<Activity> of(String eventId, Filter filter);

    /**
     * The activities of the event other than {@code except} that share time with {@code [start, end)} and
     * either take place in {@code location} or have one of {@code responsible} responsible, answered from
     * the indexes on location and on responsible member.
     */
    List<Activity> overlapping(Activity candidate);

    /** The rooms the event's activities take place in, each once under the spelling it was first given. */
    List<Room> rooms(String eventId);

    /** Replaces the activity if it is still at {@code expectedVersion}; false when it is not. */
    boolean replace(Activity updated, long expectedVersion);

    boolean remove(String eventId, String id);

    void removeAllOf(String eventId);
}
