package geventator.platform;

import java.util.Locale;

/**
 * One setting: read from the properties file as {@code key}, from the environment as
 * {@link #environmentVariable()} and from the command line as {@link #flag()}.
 */
public record Setting(String key, String defaultValue, Kind kind, String description) {

    /** How a value is checked at start-up, so that a bad one stops the process with a clear reason. */
    public enum Kind {
        TEXT,
        INTEGER,
        PORT,
        DURATION,
        URL,
        PATH,
        SECRET
    }

    public Setting {
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("setting keys are lower-case words joined by '-': " + key);
        }
    }

    public String flag() {
        return "--" + key;
    }

    public String environmentVariable() {
        if (key.equals("role")) {
            return "ROLE";
        }
        return "GEVENTATOR_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
