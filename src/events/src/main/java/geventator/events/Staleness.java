package geventator.events;

import geventator.platform.Refusal;

/** Optimistic concurrency in the domain: an edit is made against the version its author read. */
final class Staleness {

    private Staleness() {}

    static void require(long current, long expected) {
        if (current != expected) {
            throw stale(expected);
        }
    }

    static Refusal stale(long expected) {
        return Refusal.stale("version " + expected + " is no longer current; read it again");
    }
}
