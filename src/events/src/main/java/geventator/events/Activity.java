package geventator.events;

import geventator.events.api.ActivitySummary;

/** One entry of an event's timetable. */
record Activity(String id, String eventId, ActivityDetails details, long version) {

    ActivitySummary summary() {
        return new ActivitySummary(id, eventId, details.title(), details.start(), details.end(), details.location());
    }

    /** True when the two share time, ends touching starts not counting. */
    boolean overlaps(Activity other) {
        return details.start().isBefore(other.details.end()) && details.end().isAfter(other.details.start());
    }
}
