package geventator.transactions.ledger;

import java.time.Instant;
import java.util.Map;

/** What the owners plan to spend, in minor units, per category and per activity. */
public record Budget(
        EventId eventId, Map<String, Long> categories, Map<String, Long> activities, MemberId setBy, Instant setAt) {

    public Budget {
        categories = Map.copyOf(categories);
        activities = Map.copyOf(activities);
    }

    static Budget none(EventId eventId) {
        return new Budget(eventId, Map.of(), Map.of(), null, null);
    }
}
