package geventator.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import geventator.platform.Refusal;
import geventator.testkit.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log-in throttle's window slides: its counters are the real ones on the test database, its clock is
 * moved by hand across a window's boundary, where a fixed window would give the whole allowance back.
 */
class SlidingLogInWindowTest {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Instant BOUNDARY = Instant.parse("2026-12-01T18:30:00Z");
    static final String ADDRESS = "192.0.2.7";

    static MongoClient client;
    static MongoDatabase database;
    static MongoAttempts attempts;

    final MovableClock clock = new MovableClock();

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestDatabase.uri());
        database = client.getDatabase(TestDatabase.freshPrefix() + "_users");
        attempts = new MongoAttempts(database);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void failures_just_before_a_boundary_still_count_just_after_it() {
        LogInThrottle throttle = throttle(5);
        String login = fresh();
        clock.at(BOUNDARY.minusSeconds(1));
        fail(throttle, login, 5);

        clock.at(BOUNDARY.plusMillis(1));

        Refusal refused = refusal(throttle, login);
        // 5 failures weigh 5 until 20 % of the new window has run, 3 minutes after the boundary
        assertThat(refused.retryAfter()).contains(Duration.ofMinutes(3).minusMillis(1));
    }

    @Test
    void failures_at_the_start_of_a_window_lock_out_for_at_most_a_window_and_a_fifth() {
        LogInThrottle throttle = throttle(5);
        String login = fresh();
        clock.at(BOUNDARY);
        fail(throttle, login, 5);

        clock.at(BOUNDARY.plusMillis(1));

        // weighed as if spread over the window, the 5 weigh 4 only a fifth into the next one
        assertThat(refusal(throttle, login).retryAfter())
                .contains(WINDOW.plus(WINDOW.dividedBy(5)).minusMillis(1));
    }

    @Test
    void the_wait_it_names_is_exact_and_a_refused_attempt_uses_up_nothing() {
        LogInThrottle throttle = throttle(5);
        String login = fresh();
        clock.at(BOUNDARY.minusSeconds(1));
        fail(throttle, login, 5);
        clock.at(BOUNDARY.plusSeconds(10));
        Duration wait = refusal(throttle, login).retryAfter().orElseThrow();
        for (int i = 0; i < 3; i++) {
            refusal(throttle, login); // refused again and again, which must not push the wait further
        }

        clock.at(BOUNDARY.plusSeconds(10).plus(wait).minusMillis(1));
        assertThat(refusal(throttle, login).retryAfter()).contains(Duration.ofMillis(1));

        clock.at(BOUNDARY.plusSeconds(10).plus(wait));
        throttle.admit(login, ADDRESS);
    }

    @Test
    void the_allowance_comes_back_gradually_over_the_next_window() {
        LogInThrottle throttle = throttle(5);
        String login = fresh();
        clock.at(BOUNDARY.minus(WINDOW));
        fail(throttle, login, 5);

        int admitted = 0;
        for (int minute = 0; minute < 15; minute++) {
            clock.at(BOUNDARY.plus(Duration.ofMinutes(minute)));
            try {
                throttle.admit(login, ADDRESS); // a wrong password: not given back
                admitted++;
            } catch (Refusal refused) {
                assertThat(refused.retryAfter()).isPresent();
            }
        }

        // one more fits every 3 minutes; by the end of the window the old 5 weigh almost nothing
        assertThat(admitted).isEqualTo(4);
    }

    @Test
    void a_whole_window_later_the_allowance_is_whole_again() {
        LogInThrottle throttle = throttle(5);
        String login = fresh();
        clock.at(BOUNDARY.minusSeconds(1));
        fail(throttle, login, 5);

        clock.at(BOUNDARY.minusSeconds(1).plus(WINDOW.multipliedBy(2)));

        fail(throttle, login, 5);
        assertThat(refusal(throttle, login).retryAfter()).isPresent();
    }

    @Test
    void the_address_limit_slides_as_well_across_accounts() {
        LogInThrottle throttle = new LogInThrottle(attempts, new LogInThrottle.Limits(100, 3, WINDOW), clock);
        String address = "198.51.100.9";
        clock.at(BOUNDARY.minusSeconds(1));
        for (int i = 0; i < 3; i++) {
            throttle.admit(fresh(), address);
        }

        clock.at(BOUNDARY.plusSeconds(1));

        assertThatThrownBy(() -> throttle.admit(fresh(), address)).isInstanceOf(Refusal.class);
    }

    @Test
    void a_counter_is_kept_until_the_window_after_its_own_has_passed() {
        LogInThrottle throttle = throttle(5);
        String login = fresh();
        clock.at(BOUNDARY.plusSeconds(1));

        throttle.admit(login, ADDRESS);

        Document counter = database.getCollection("login_attempts")
                .find(Filters.regex(
                        "_id", "^account:.*@" + BOUNDARY.plus(WINDOW).getEpochSecond() + "$"))
                .sort(new Document("expiresAt", -1))
                .first();
        assertThat(counter).isNotNull();
        assertThat(counter.get("expiresAt", Date.class).toInstant()).isEqualTo(BOUNDARY.plus(WINDOW.multipliedBy(2)));
    }

    @Test
    void the_wait_is_worked_in_whole_numbers() {
        // 10 attempts allowed, 4 this window and 10 the last, half-way through: 4 + 5 = 9, one more fits
        assertThat(LogInThrottle.millisUntilAllowed(10, 5, 10, 1000, 500)).isZero();
        // the 6th this window weighs 6 + 5 = 11: wait until the last window weighs 4, at 600 ms
        assertThat(LogInThrottle.millisUntilAllowed(10, 6, 10, 1000, 500)).isEqualTo(100);
        // this window alone used up: into the next one, until these 10 weigh 9, at 100 ms into it
        assertThat(LogInThrottle.millisUntilAllowed(10, 11, 0, 1000, 500)).isEqualTo(600);
    }

    @Test
    void limits_beyond_what_the_arithmetic_holds_are_refused_at_start() {
        assertThatThrownBy(() -> new LogInThrottle.Limits(10, 10, Duration.ofDays(31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogInThrottle.Limits(10, 10, Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogInThrottle.Limits(0, 10, WINDOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogInThrottle.Limits(10, 1_000_001, WINDOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LogInThrottle throttle(int perAccount) {
        return new LogInThrottle(attempts, new LogInThrottle.Limits(perAccount, 1_000_000, WINDOW), clock);
    }

    private static void fail(LogInThrottle throttle, String login, int times) {
        for (int i = 0; i < times; i++) {
            throttle.admit(login, ADDRESS); // admitted and never given back, as a wrong password is
        }
    }

    private static Refusal refusal(LogInThrottle throttle, String login) {
        try {
            throttle.admit(login, ADDRESS);
        } catch (Refusal refused) {
            return refused;
        }
        throw new AssertionError("the attempt was admitted");
    }

    private static String fresh() {
        return UserFixtures.uniqueName("sliding");
    }

    static final class MovableClock extends Clock {
        private Instant now = BOUNDARY;

        void at(Instant instant) {
            now = instant;
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
