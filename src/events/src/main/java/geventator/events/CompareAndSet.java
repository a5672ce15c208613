package geventator.events;

import geventator.platform.Refusal;
import java.util.function.BooleanSupplier;

/**
 * A conditional write retried against what is stored now: each attempt reads, checks and writes only if
 * nothing changed since its read. When other writers win every time, it gives up with a 409 "busy" refusal
 * rather than spin.
 */
final class CompareAndSet {

    static final int ATTEMPTS = 8;

    private CompareAndSet() {}

    /**
     * Runs {@code attempt} until it answers true (stored, or nothing left to store), at most {@link #ATTEMPTS}
     * times; a refusal thrown by an attempt ends the retries at once.
     *
     * @param whatChanged the subject of the refusal, as in "the members of this event"
     */
    static void retry(String whatChanged, BooleanSupplier attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            if (attempt.getAsBoolean()) {
                return;
            }
        }
        throw Refusal.conflict("busy", whatChanged + " changed too often at once; try again");
    }
}
