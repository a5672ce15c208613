package geventator.users;

import geventator.platform.Refusal;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds the memory-hard work of hashing and checking passwords: at most {@code concurrent} at once (each
 * Argon2id run allocates its whole memory cost, 19 MiB by default), at most {@code queued} more waiting, each
 * for at most {@code wait}. Whatever does not fit is refused as unavailable for a moment, so a burst of
 * log-ins costs a bounded amount of heap instead of all of it.
 */
final class PasswordWork {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Semaphore running;
    private final int queueLimit;
    private final AtomicInteger queued = new AtomicInteger();
    private final Duration wait;

    PasswordWork(int concurrent, int queued, Duration wait) {
        if (concurrent < 1 || queued < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("password work needs at least one at a time, a queue of zero or more "
                    + "and a wait of zero or more");
        }
        this.running = new Semaphore(concurrent, true);
        this.queueLimit = queued;
        this.wait = wait;
    }

    <T> T run(Supplier<T> work) {
        if (!running.tryAcquire()) {
            awaitTurn();
        }
        try {
            return work.get();
        } finally {
            running.release();
        }
    }

    private void awaitTurn() {
        if (queued.incrementAndGet() > queueLimit) {
            queued.decrementAndGet();
            throw busy();
        }
        try {
            if (!running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            queued.decrementAndGet();
        }
    }

    private static Refusal busy() {
        return Refusal.unavailable(
                "too-busy", "too many password checks are under way; try again in a moment", RETRY_AFTER);
    }
}
