package geventator.users;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Counters of log-in attempts per key and fixed time window, shared by every instance of the user role that
 * uses the same database. The throttle weighs the window before the current one too, so a counter is kept
 * until the window after its own has passed.
 */
interface Attempts {

    /**
     * Counts one more attempt for {@code key} in the window ending at {@code windowEnd}, a counter kept until
     * {@code keptUntil}; the count after it.
     */
    long count(String key, Instant windowEnd, Instant keptUntil);

    /**
     * The attempts counted for each of {@code keys} in the window ending at {@code windowEnd}, counting none,
     * in one question; a key without a counter is left out.
     */
    Map<String, Long> counted(Set<String> keys, Instant windowEnd);

    /** Takes one attempt back from each of {@code keys}: it succeeded, was refused, or never reached the check. */
    void forget(Set<String> keys, Instant windowEnd);
}
