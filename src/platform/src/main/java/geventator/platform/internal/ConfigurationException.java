package geventator.platform.internal;

/** A setting or argument the process cannot start with; its message is the one line the operator reads. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message, null, false, false);
    }
}
