package geventator.users;

import java.time.Instant;

/**
 * Counters of log-in attempts per key and fixed time window, shared by every instance of the user role that
 * uses the same database. A counter is forgotten once its window has passed.
 */
interface Attempts {

    /** Counts one more attempt for {@code key} in the window ending at {@code windowEnd}; the count after it. */
    long count(String key, Instant windowEnd);

    /** Takes one attempt back, as when it turned out to be a successful log-in. */
    void forget(String key, Instant windowEnd);
}
