package geventator.platform.internal;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ServerDescription;
import geventator.platform.Settings;
import geventator.platform.boot.EmbeddedDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The MongoDB server this process uses: the configured one, or the embedded default. */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final MongoClient client;
    private final String prefix;
    private final AutoCloseable embedded;

    private Database(MongoClient client, String prefix, AutoCloseable embedded) {
        this.client = client;
        this.prefix = prefix;
        this.embedded = embedded;
    }

    public static Database open(Settings settings) {
        String prefix = settings.text(PlatformSettings.DATABASE_PREFIX);
        Duration timeout = settings.duration(PlatformSettings.MONGODB_TIMEOUT);
        var uri = settings.optional(PlatformSettings.MONGODB_URI);
        if (uri.isPresent()) {
            ConnectionString connection;
            try {
                connection = new ConnectionString(uri.get());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("invalid mongodb-uri: " + e.getMessage());
            }
            MongoClient client = connect(connection, timeout);
            ping(client, "MongoDB at " + String.join(",", connection.getHosts()), timeout);
            log.info("Using MongoDB at {}", String.join(",", connection.getHosts()));
            return new Database(client, prefix, () -> {});
        }
        EmbeddedDatabase.Started started = startEmbedded(settings.path(PlatformSettings.DATA_DIR));
        MongoClient client = connect(new ConnectionString(started.connectionString()), timeout);
        ping(client, started.description(), timeout);
        log.warn(
                "No mongodb-uri set: running the embedded {}, data in {}. Set GEVENTATOR_MONGODB_URI in production.",
                started.description(),
                started.dataLocation().toAbsolutePath().normalize());
        return new Database(client, prefix, started.server());
    }

    private static EmbeddedDatabase.Started startEmbedded(Path dataDir) {
        EmbeddedDatabase embedded = ServiceLoader.load(EmbeddedDatabase.class)
                .findFirst()
                .orElseThrow(() -> new StartupException(
                        "no mongodb-uri is set (GEVENTATOR_MONGODB_URI) and this build has no embedded database"));
        try {
            return embedded.start(dataDir);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage());
        }
    }

    private static MongoClient connect(ConnectionString connection, Duration timeout) {
        long millis = timeout.toMillis();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) millis, TimeUnit.MILLISECONDS))
                .build());
    }

    private static void ping(MongoClient client, String what, Duration timeout) {
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            String reason = reason(e, client.getClusterDescription(), timeout);
            client.close();
            throw new StartupException(what + " " + reason);
        }
    }

    /**
     * Why a configured MongoDB could not be used, in words an operator can act on: authentication failed, SRV
     * lookup failed, TLS handshake failed, or no answer. The driver's own exception (a timeout whose message
     * is a dump of the cluster state) says none of that in its class name; the cluster description does.
     * Never the connection string or a credential: only the user name and the causes' messages.
     */
    static String reason(MongoException failure, ClusterDescription cluster, Duration timeout) {
        MongoSecurityException denied = find(failure, MongoSecurityException.class);
        for (ServerDescription server : cluster.getServerDescriptions()) {
            if (denied == null) {
                denied = find(server.getException(), MongoSecurityException.class);
            }
        }
        if (denied != null) {
            MongoCredential credential = denied.getCredential();
            String user = credential == null || credential.getUserName() == null
                    ? ""
                    : " for user '" + credential.getUserName() + "'";
            return "refused the connection: authentication failed" + user + " (" + rootMessage(denied) + ")";
        }
        String within = "did not answer within " + timeout.toSeconds() + " s: ";
        if (cluster.getSrvResolutionException() != null) {
            return within + "SRV lookup failed (" + rootMessage(cluster.getSrvResolutionException()) + ")";
        }
        Throwable firstProblem = null;
        for (ServerDescription server : cluster.getServerDescriptions()) {
            Throwable problem = server.getException();
            SSLException tls = find(problem, SSLException.class);
            if (tls != null) {
                return within + "TLS handshake with " + server.getAddress() + " failed (" + rootMessage(tls) + ")";
            }
            if (firstProblem == null && problem != null) {
                firstProblem = problem;
            }
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null) {
            return within + "TLS handshake failed (" + rootMessage(tls) + ")";
        }
        return within + "no answer ("
                + (firstProblem == null ? failure.getClass().getSimpleName() : rootMessage(firstProblem)) + ")";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }

    /** The innermost cause's message on one line, or its class name when it has none. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").trim();
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(prefix + "_" + name);
    }

    /** True when the server answers a ping now. */
    public boolean isReady() {
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
            return true;
        } catch (MongoException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
        try {
            embedded.close();
        } catch (Exception e) {
            log.warn("The embedded database did not stop cleanly: {}", e.toString());
        }
    }
}
