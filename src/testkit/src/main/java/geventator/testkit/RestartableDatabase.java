package geventator.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A wire-protocol MongoDB server of its own, on a fixed port of 127.0.0.1, that a test can stop and start
 * again under a running app, as an operator restarting the database would: stopping closes every client
 * connection and the listening socket; its data, in an H2 file, is there again after the start.
 */
public final class RestartableDatabase implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoServer server;

    private RestartableDatabase(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    public static RestartableDatabase start() {
        try {
            Path dir = Files.createTempDirectory("geventator-restartable-db");
            RestartableDatabase database = new RestartableDatabase(dir.resolve("data.h2"), RoleProcess.freePort());
            database.resume();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Stops the server: open connections are cut, new ones refused. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Starts it again on the same port with the same data. */
    public synchronized void resume() {
        if (server == null) {
            server = new MongoServer(new H2Backend(file.toString()).version(ServerVersion.MONGO_5_0));
            server.bind("127.0.0.1", port);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
