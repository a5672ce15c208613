package geventator.platform.internal;

import geventator.platform.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Access tokens that passed every check, each remembered until it expires, so that a client's every request
 * does not pay again for an ES256 signature check (0.75 to 2 ms of CPU). Only a verified token gets in, under
 * its exact text: a token that differs in one character is verified from scratch, and a refused one is never
 * remembered. At most {@code capacity} tokens are held (a few more while threads race to add); when it is full
 * the expired ones go first, then an arbitrary one.
 */
final class VerifiedTokens {

    /** What a verification found: who calls, and until when the token holds. */
    record Verified(Caller caller, Instant expiresAt) {}

    private final int capacity;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The caller of {@code token}: remembered while it holds, else what {@code verify} says (or throws). */
    Caller caller(String token, Function<String, Verified> verify) {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.expiresAt())) {
                return known.caller();
            }
            verified.remove(token, known);
        }
        Verified fresh = verify.apply(token);
        if (now.isBefore(fresh.expiresAt())) {
            makeRoom(now);
            verified.put(token, fresh);
        }
        return fresh.caller();
    }

    int size() {
        return verified.size();
    }

    private void makeRoom(Instant now) {
        if (verified.size() < capacity) {
            return;
        }
        verified.values().removeIf(v -> !now.isBefore(v.expiresAt()));
        Iterator<String> any = verified.keySet().iterator();
        while (verified.size() >= capacity && any.hasNext()) {
            any.next();
            any.remove();
        }
    }
}
