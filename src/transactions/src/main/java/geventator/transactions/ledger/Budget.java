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

    /** No plans yet: what an event has until its owners set a budget. */
    public static Budget none(EventId eventId) {
        return new Budget(eventId, Map.of(), Map.of(), null, null);
    }

    public Budget withCategories(Map<String, Long> categories) {
        return new Budget(eventId, categories, activities, setBy, setAt);
    }

    public Budget withActivities(Map<String, Long> activities) {
        return new Budget(eventId, categories, activities, setBy, setAt);
    }

    /** The budget as set by {@code by} at {@code at}. */
    public Budget by(MemberId by, Instant at) {
        return new Budget(eventId, categories, activities, by, at);
    }
}
