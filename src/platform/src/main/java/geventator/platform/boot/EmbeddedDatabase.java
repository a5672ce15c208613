package geventator.platform.boot;

import java.nio.file.Path;

/**
 * The database a process runs when no MongoDB URI is configured. Found through {@link java.util.ServiceLoader};
 * the app ships one that keeps its data under the data directory.
 */
public interface EmbeddedDatabase {

    /** A started embedded server. */
    record Started(String connectionString, String description, Path dataLocation, AutoCloseable server) {}

    /**
     * Starts the server with its data in {@code dataDir}, within a bounded time.
     *
     * @throws IllegalStateException with a one-line reason when no server can be started
     */
    Started start(Path dataDir);
}
