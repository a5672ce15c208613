package geventator.transactions;

import java.time.Instant;
import java.util.Map;

/** What the owners plan to spend, in minor units, per category and per activity. */
record Budget(String eventId, Map<String, Long> categories, Map<String, Long> activities, String setBy, Instant setAt) {

    Budget {
        categories = Map.copyOf(categories);
        activities = Map.copyOf(activities);
    }

    static Budget none(String eventId) {
        return new Budget(eventId, Map.of(), Map.of(), null, null);
    }
}
