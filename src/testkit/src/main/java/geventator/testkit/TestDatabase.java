package geventator.testkit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;

/**
 * The MongoDB server the tests talk to through the real driver: the one named by
 * {@code GEVENTATOR_TEST_MONGODB_URI} when set, else one in-process wire-protocol server for the whole JVM.
 * Every caller gets its own database prefix, so tests never see each other's data.
 */
public final class TestDatabase {

    public static final String URI_VARIABLE = "GEVENTATOR_TEST_MONGODB_URI";
    private static String uri;

    private TestDatabase() {}

    public static synchronized String uri() {
        if (uri == null) {
            String configured = System.getenv(URI_VARIABLE);
            if (configured != null && !configured.isBlank()) {
                uri = configured;
            } else {
                MongoServer server = new MongoServer(new MemoryBackend().version(ServerVersion.MONGO_5_0));
                uri = server.bindAndGetConnectionString();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
            }
        }
        return uri;
    }

    /** A database prefix no other test uses. */
    public static String freshPrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
