package geventator.events.api;

/** Where an event is in its life. */
public enum EventStatus {
    PLANNING,
    ACTIVE,
    CLOSED,
    ARCHIVED
}
