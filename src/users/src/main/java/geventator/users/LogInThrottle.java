package geventator.users;

import geventator.platform.Refusal;
import geventator.platform.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Limits log-in attempts per account (the login as typed, so unknown names are limited alike) and per client
 * address over a sliding window. Attempts are counted in fixed windows, and the window before the current one
 * is weighed by how much of it still lies within one window of now, so the allowance does not come back all
 * at once at a boundary. An attempt is counted before the password is checked, so parallel guesses cannot
 * overtake the limit, and given back when it succeeds, is refused, or fails before the password is checked
 * (503): only wrong passwords use up the allowance. Keys are stored hashed, so the counters hold no email address.
 */
final class LogInThrottle {

    static final int MOST_ATTEMPTS = 1_000_000;
    static final Duration LONGEST_WINDOW = Duration.ofDays(30);

    /** The limits: attempts per account and per address in any one window's length of time. */
    record Limits(int perAccount, int perAddress, Duration window) {
        Limits {
            if (perAccount < 1 || perAddress < 1 || perAccount > MOST_ATTEMPTS || perAddress > MOST_ATTEMPTS) {
                throw new IllegalArgumentException("log-in limits must be between 1 and " + MOST_ATTEMPTS);
            }
            if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(LONGEST_WINDOW) > 0) {
                throw new IllegalArgumentException("the log-in attempts window must be between PT1S and P30D");
            }
        }
    }

    /** One admitted attempt, to be given back unless its password turns out wrong. */
    record Admitted(String accountKey, String addressKey, Instant windowEnd) {
        Set<String> keys() {
            return Set.of(accountKey, addressKey);
        }
    }

    private final Attempts attempts;
    private final Limits limits;
    private final Clock clock;

    LogInThrottle(Attempts attempts, Limits limits, Clock clock) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts the attempt; refuses it with the time until one would fit when a limit is used up. */
    Admitted admit(String login, String address) {
        long window = limits.window().toMillis();
        long now = clock.millis();
        long start = now / window * window;
        Instant windowEnd = Instant.ofEpochMilli(start + window);
        Admitted admitted = new Admitted(
                "account:" + Text.sha256Hex(User.key(login)),
                "address:" + Text.sha256Hex(String.valueOf(address)),
                windowEnd);
        Instant keptUntil = windowEnd.plusMillis(window);
        long byAccount = attempts.count(admitted.accountKey(), windowEnd, keptUntil);
        long byAddress = attempts.count(admitted.addressKey(), windowEnd, keptUntil);
        Map<String, Long> before = attempts.counted(admitted.keys(), Instant.ofEpochMilli(start));
        long wait = Math.max(
                millisUntilAllowed(
                        limits.perAccount(),
                        byAccount,
                        before.getOrDefault(admitted.accountKey(), 0L),
                        window,
                        now - start),
                millisUntilAllowed(
                        limits.perAddress(),
                        byAddress,
                        before.getOrDefault(admitted.addressKey(), 0L),
                        window,
                        now - start));
        if (wait > 0) {
            giveBack(admitted); // a refused attempt checks no password, so it uses up nothing
            throw Refusal.tooManyAttempts("too many log-in attempts; try again later", Duration.ofMillis(wait));
        }
        return admitted;
    }

    /** Takes the attempt back: it succeeded, or it never reached the password check. */
    void giveBack(Admitted admitted) {
        attempts.forget(admitted.keys(), admitted.windowEnd());
    }

    /**
     * How long until an attempt fits, 0 when the one just counted in {@code current} does: {@code elapsed}
     * milliseconds into a window of {@code window}, the attempts weigh {@code current} plus {@code previous}
     * times the part of the window still to run. Worked in whole numbers, so a boundary is exact. A refused
     * attempt is given back, so the wait is for the attempts before it.
     */
    static long millisUntilAllowed(long limit, long current, long previous, long window, long elapsed) {
        if (current * window + previous * (window - elapsed) <= limit * window) {
            return 0;
        }
        long before = current - 1;
        if (before < limit) { // fits later in this window, once the previous one weighs less
            long at = window - (limit - before - 1) * window / previous;
            return at - elapsed;
        }
        long at = window - (limit - 1) * window / before; // fits in the next window, when this one weighs less
        return window - elapsed + at;
    }
}
