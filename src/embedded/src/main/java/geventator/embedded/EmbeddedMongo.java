package geventator.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.flapdoodle.embed.mongo.config.Net;
import de.flapdoodle.embed.mongo.distribution.Version;
import de.flapdoodle.embed.mongo.transitions.Mongod;
import de.flapdoodle.embed.mongo.transitions.RunningMongodProcess;
import de.flapdoodle.embed.mongo.types.DatabaseDir;
import de.flapdoodle.embed.process.io.progress.ProgressListener;
import de.flapdoodle.embed.process.io.progress.Slf4jProgressListener;
import de.flapdoodle.reverse.TransitionWalker;
import de.flapdoodle.reverse.transitions.Start;
import geventator.platform.boot.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of a laptop that configured none: a real mongod through embed-mongo, its data in
 * {@code <data-dir>/mongod}; when mongod cannot be had (no network to download it), the in-process
 * mongo-java-server on its H2 backend, its data in {@code <data-dir>/geventator.h2}. Both keep their data
 * across restarts, and start-up never waits longer than {@link #MONGOD_START_LIMIT}.
 *
 * <p>This adapter lives on the class path, outside the module graph: mongo-java-server splits the package
 * {@code de.bwaldvogel.mongo} between its core and H2 jars, which no named module may read.
 */
public final class EmbeddedMongo implements EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final Duration MONGOD_START_LIMIT = Duration.ofSeconds(90);

    @Override
    public Started start(Path dataDir) {
        try {
            OwnerOnly.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create data directory " + dataDir + ": " + e.getMessage());
        }
        Path mongodDir = dataDir.resolve("mongod");
        MongodFailures failures = new MongodFailures(dataDir, Clock.systemUTC());
        Optional<MongodFailures.Recent> recent = holdsData(mongodDir) ? Optional.empty() : failures.recent();
        if (recent.isPresent()) {
            log.info(
                    "mongod could not be had at the last attempt ({}); not trying again before {} (delete {} to try"
                            + " now); using the in-process server",
                    recent.get().reason(),
                    recent.get().retryAt(),
                    recent.get().file());
            return startInProcess(dataDir.resolve("geventator.h2"));
        }
        try {
            Started started = startMongod(mongodDir);
            failures.clear();
            return started;
        } catch (RuntimeException e) {
            failures.record(rootMessage(e));
            log.info("mongod could not be started ({}); using the in-process server instead", rootMessage(e));
            return startInProcess(dataDir.resolve("geventator.h2"));
        }
    }

    private static boolean holdsData(Path mongodDir) {
        if (!Files.isDirectory(mongodDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(mongodDir)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    private static Started startMongod(Path dir) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "embedded-mongod-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            OwnerOnly.createDirectories(dir);
            int port = freePort();
            Future<TransitionWalker.ReachedState<RunningMongodProcess>> starting =
                    executor.submit(() -> Mongod.instance()
                            .withDatabaseDir(Start.to(DatabaseDir.class).initializedWith(DatabaseDir.of(dir)))
                            .withNet(Start.to(Net.class).initializedWith(Net.of("127.0.0.1", port, false)))
                            .withProgressListener(
                                    Start.to(ProgressListener.class).initializedWith(new Slf4jProgressListener(log)))
                            .start(Version.Main.V7_0));
            TransitionWalker.ReachedState<RunningMongodProcess> running =
                    starting.get(MONGOD_START_LIMIT.toSeconds(), TimeUnit.SECONDS);
            var address = running.current().getServerAddress();
            return new Started(
                    "mongodb://" + address.getHost() + ":" + address.getPort(),
                    "mongod " + Version.Main.V7_0.asInDownloadPath(),
                    dir,
                    running::close);
        } catch (TimeoutException e) {
            throw new IllegalStateException("it did not start within " + MONGOD_START_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException(rootMessage(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            executor.shutdownNow();
        }
    }

    private static Started startInProcess(Path file) {
        H2Backend backend;
        try {
            OwnerOnly.createFile(file);
            backend = DurableH2Backend.open(file.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the embedded database " + file
                    + " (is another GEventator process using this data-dir?): " + rootMessage(e));
        }
        backend.version(ServerVersion.MONGO_5_0);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", freePort());
        server.bind(address);
        return new Started(
                "mongodb://127.0.0.1:" + address.getPort(),
                "in-process MongoDB wire-protocol server (mongo-java-server, H2 backend)",
                file,
                server::shutdown);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
