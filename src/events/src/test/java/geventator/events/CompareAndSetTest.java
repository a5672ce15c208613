package geventator.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import geventator.platform.Refusal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompareAndSetTest {

    @Test
    void stops_at_the_first_attempt_that_stores() {
        AtomicInteger attempts = new AtomicInteger();

        CompareAndSet.retry("the event", () -> attempts.incrementAndGet() == 3);

        assertThat(attempts).hasValue(3);
    }

    @Test
    void gives_up_busy_after_a_bounded_number_of_lost_races() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> CompareAndSet.retry("the members of this event", () -> {
                    attempts.incrementAndGet();
                    return false;
                }))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(refusal.code()).isEqualTo("busy");
                    assertThat(refusal.getMessage())
                            .isEqualTo("the members of this event changed too often at once; try again");
                });
        assertThat(attempts).hasValue(CompareAndSet.ATTEMPTS);
    }

    @Test
    void a_refusal_from_an_attempt_is_not_retried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> CompareAndSet.retry("the event", () -> {
                    attempts.incrementAndGet();
                    throw Refusal.forbidden("not yours");
                }))
                .isInstanceOf(Refusal.class);
        assertThat(attempts).hasValue(1);
    }
}
