package geventator.events;

import java.time.Instant;

/** An owner reopening a closed (or archived) event, and why: kept with the event for good. */
record Reopening(String reason, String by, Instant at) {}
