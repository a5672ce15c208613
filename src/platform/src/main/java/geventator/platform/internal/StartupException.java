package geventator.platform.internal;

/** Start-up cannot go on (the database does not answer, the port is taken); the message is one line. */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message, null, false, false);
    }
}
