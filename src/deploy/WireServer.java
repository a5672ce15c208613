import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server (mongo-java-server, in memory) on 127.0.0.1:PORT, for the deployment checks
 * that start the production image or jar, which has no embedded database. Run from source with the laptop
 * jar, which contains mongo-java-server:
 * {@code java -cp target/geventator.jar src/deploy/WireServer.java PORT}. Stops when killed.
 */
public final class WireServer {

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println("mongo-java-server listening on 127.0.0.1:" + args[0]);
        Thread.currentThread().join();
    }
}
