package geventator.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings in force, each already checked against its {@link Setting.Kind}. Reading a key that no
 * module declared is a programming error and throws.
 */
public interface Settings {

    /** The value, or an empty string when unset and without default. */
    String text(String key);

    default Optional<String> optional(String key) {
        String value = text(key);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    default int integer(String key) {
        return Integer.parseInt(text(key).trim());
    }

    default Duration duration(String key) {
        return Duration.parse(text(key).trim());
    }

    default URI url(String key) {
        return URI.create(text(key).trim());
    }

    default Path path(String key) {
        return Path.of(text(key).trim());
    }
}
