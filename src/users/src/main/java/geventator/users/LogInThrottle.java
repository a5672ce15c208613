package geventator.users;

import geventator.platform.Refusal;
import geventator.platform.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits log-in attempts per account (the login as typed, so unknown names are limited alike) and per client
 * address, in fixed windows. An attempt is counted before the password is checked, so parallel guesses
 * cannot overtake the limit, and given back when it succeeds: only failures use up the allowance. Keys are
 * stored hashed, so the counters hold no email address.
 */
final class LogInThrottle {

    /** The limits: attempts per account and per address in each window. */
    record Limits(int perAccount, int perAddress, Duration window) {
        Limits {
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("log-in limits must be at least 1 in a positive window");
            }
        }
    }

    /** One admitted attempt, to be given back when it succeeds. */
    record Admitted(String accountKey, String addressKey, Instant windowEnd) {}

    private final Attempts attempts;
    private final Limits limits;
    private final Clock clock;

    LogInThrottle(Attempts attempts, Limits limits, Clock clock) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts the attempt; refuses it with the time until the window ends when a limit is used up. */
    Admitted admit(String login, String address) {
        Instant now = clock.instant();
        long window = limits.window().toMillis();
        Instant windowEnd = Instant.ofEpochMilli((now.toEpochMilli() / window + 1) * window);
        Admitted admitted = new Admitted(
                "account:" + Text.sha256Hex(User.key(login)),
                "address:" + Text.sha256Hex(String.valueOf(address)),
                windowEnd);
        long byAccount = attempts.count(admitted.accountKey(), windowEnd);
        long byAddress = attempts.count(admitted.addressKey(), windowEnd);
        if (byAccount > limits.perAccount() || byAddress > limits.perAddress()) {
            throw Refusal.tooManyAttempts(
                    "too many log-in attempts; try again later", Duration.between(now, windowEnd));
        }
        return admitted;
    }

    void succeeded(Admitted admitted) {
        attempts.forget(admitted.accountKey(), admitted.windowEnd());
        attempts.forget(admitted.addressKey(), admitted.windowEnd());
    }
}
