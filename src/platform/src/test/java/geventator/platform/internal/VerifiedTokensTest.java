package geventator.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import geventator.platform.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2027-07-01T10:00:00Z");
    final MovableClock clock = new MovableClock(NOW);
    final List<String> verifications = new ArrayList<>();

    @Test
    void a_token_is_verified_once_while_it_holds() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);

        Caller first = tokens.caller("token-a", expiringIn(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(4));
        Caller second = tokens.caller("token-a", expiringIn(Duration.ofMinutes(5)));

        assertThat(verifications).containsExactly("token-a");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void an_expired_token_is_verified_again_and_its_refusal_stands() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        tokens.caller("token-a", expiringIn(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> tokens.caller("token-a", refusing()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expired");
        assertThat(verifications).containsExactly("token-a", "token-a");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_refused_token_is_never_remembered() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);

        assertThatThrownBy(() -> tokens.caller("forged", refusing())).hasMessage("expired");
        assertThatThrownBy(() -> tokens.caller("forged", refusing())).hasMessage("expired");

        assertThat(verifications).containsExactly("forged", "forged");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_token_that_differs_in_one_character_is_verified_from_scratch() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);
        tokens.caller("token-a", expiringIn(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> tokens.caller("token-b", refusing())).hasMessage("expired");

        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void a_token_already_expired_when_verified_is_not_kept() {
        VerifiedTokens tokens = new VerifiedTokens(10, clock);

        tokens.caller("token-a", expiringIn(Duration.ZERO));

        assertThat(tokens.size()).isZero();
    }

    @Test
    void it_holds_no_more_than_its_capacity_dropping_expired_tokens_first() {
        VerifiedTokens tokens = new VerifiedTokens(3, clock);
        tokens.caller("short", expiringIn(Duration.ofMinutes(1)));
        tokens.caller("long-1", expiringIn(Duration.ofMinutes(10)));
        tokens.caller("long-2", expiringIn(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(2));

        tokens.caller("long-3", expiringIn(Duration.ofMinutes(10)));
        verifications.clear();
        tokens.caller("long-1", expiringIn(Duration.ofMinutes(10)));
        tokens.caller("long-2", expiringIn(Duration.ofMinutes(10)));
        tokens.caller("long-3", expiringIn(Duration.ofMinutes(10)));

        assertThat(verifications).isEmpty();
        for (int i = 0; i < 100; i++) {
            tokens.caller("more-" + i, expiringIn(Duration.ofMinutes(10)));
        }
        assertThat(tokens.size()).isEqualTo(3);
    }

    private Function<String, VerifiedTokens.Verified> expiringIn(Duration lifetime) {
        return token -> {
            verifications.add(token);
            return new VerifiedTokens.Verified(
                    new Caller("0123456789abcdef01234567", "kim", token),
                    clock.instant().plus(lifetime));
        };
    }

    private Function<String, VerifiedTokens.Verified> refusing() {
        return token -> {
            verifications.add(token);
            throw new IllegalArgumentException("expired");
        };
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
