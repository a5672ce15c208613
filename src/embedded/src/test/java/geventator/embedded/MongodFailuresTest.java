package geventator.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongodFailuresTest {

    static final Instant FAILED_AT = Instant.parse("2027-07-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void a_failure_is_remembered_with_its_reason_until_the_retry_time() {
        new MongodFailures(dataDir, at(FAILED_AT)).record("UnknownHostException: fastdl.mongodb.org");

        var recent = new MongodFailures(dataDir, at(FAILED_AT.plus(Duration.ofMinutes(59))))
                .recent()
                .orElseThrow();

        assertThat(recent.reason()).isEqualTo("UnknownHostException: fastdl.mongodb.org");
        assertThat(recent.retryAt()).isEqualTo(FAILED_AT.plus(MongodFailures.RETRY_AFTER));
        assertThat(recent.file()).isEqualTo(dataDir.resolve("mongod-unavailable"));
    }

    @Test
    void an_old_failure_is_tried_again() {
        new MongodFailures(dataDir, at(FAILED_AT)).record("timeout");

        assertThat(new MongodFailures(dataDir, at(FAILED_AT.plus(MongodFailures.RETRY_AFTER))).recent())
                .isEmpty();
    }

    @Test
    void a_failure_dated_in_the_future_is_not_trusted() {
        new MongodFailures(dataDir, at(FAILED_AT)).record("timeout");

        assertThat(new MongodFailures(dataDir, at(FAILED_AT.minusSeconds(5))).recent())
                .isEmpty();
    }

    @Test
    void nothing_recorded_or_a_damaged_file_means_try_mongod() throws Exception {
        assertThat(new MongodFailures(dataDir, at(FAILED_AT)).recent()).isEmpty();

        Files.writeString(dataDir.resolve("mongod-unavailable"), "yesterday\n");

        assertThat(new MongodFailures(dataDir, at(FAILED_AT)).recent()).isEmpty();
    }

    @Test
    void a_start_of_mongod_forgets_the_failure() {
        MongodFailures failures = new MongodFailures(dataDir, at(FAILED_AT));
        failures.record("timeout");

        failures.clear();

        assertThat(failures.recent()).isEmpty();
        assertThat(dataDir.resolve("mongod-unavailable")).doesNotExist();
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
