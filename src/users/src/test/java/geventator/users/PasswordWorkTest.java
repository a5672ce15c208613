package geventator.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import geventator.platform.Refusal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class PasswordWorkTest {

    @Test
    void work_beyond_the_running_and_the_queued_is_refused_as_unavailable_with_retry_after() throws Exception {
        PasswordWork work = new PasswordWork(1, 0, Duration.ZERO);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> work.run(() -> {
            started.countDown();
            await(release);
            return "done";
        }));
        started.await();

        assertThatThrownBy(() -> work.run(() -> "second")).isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE);
            assertThat(refusal.retryAfter()).isPresent();
        });
        release.countDown();
        assertThat(running.get()).isEqualTo("done");
        assertThat(work.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void queued_work_runs_when_a_turn_frees_up_within_the_wait() throws Exception {
        PasswordWork work = new PasswordWork(1, 1, Duration.ofMinutes(1));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> work.run(() -> {
            started.countDown();
            await(release);
            return "first";
        }));
        started.await();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> work.run(() -> "queued"));

        release.countDown();

        assertThat(running.get()).isEqualTo("first");
        assertThat(queued.get()).isEqualTo("queued");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
