package geventator.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The last time mongod could not be had, kept in the data directory, so that a laptop without the network to
 * download it does not pay for the failed attempt on every start: for {@link #RETRY_AFTER} the embedded
 * database goes straight to the in-process server. Deleting the file retries at the next start. Heeded only
 * while mongod holds no data in the directory: data it kept is never traded for a faster start.
 */
final class MongodFailures {

    static final Duration RETRY_AFTER = Duration.ofHours(1);
    static final String FILE = "mongod-unavailable";

    private final Path file;
    private final Clock clock;

    MongodFailures(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE);
        this.clock = clock;
    }

    /** Why mongod could not be had, when that was less than {@link #RETRY_AFTER} ago. */
    Optional<Recent> recent() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Instant failedAt = Instant.parse(lines.get(0).trim());
            Instant retryAt = failedAt.plus(RETRY_AFTER);
            if (clock.instant().isBefore(retryAt) && !failedAt.isAfter(clock.instant())) {
                return Optional.of(new Recent(lines.size() > 1 ? lines.get(1) : "unknown", retryAt, file));
            }
            return Optional.empty();
        } catch (IOException | DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Remembers that mongod could not be had now, and why; a data directory that cannot be written forgets. */
    void record(String reason) {
        try {
            OwnerOnly.createFile(file); // like everything in the data directory: the owner's only
            Files.writeString(file, clock.instant() + "\n" + reason.replace('\n', ' ') + "\n", StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            // Only the next start's time is at stake: it tries mongod again.
        }
    }

    /** Forgets a failure once mongod did start. */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Harmless: a failure is only heeded while mongod has no data in this directory.
        }
    }

    record Recent(String reason, Instant retryAt, Path file) {}
}
