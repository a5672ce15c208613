package geventator.testkit;

import geventator.platform.RoleModule;
import geventator.platform.boot.Application;
import geventator.platform.boot.Launcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** A real GEventator process in this JVM: the role modules on the class path, a random port, the test database. */
public final class TestApp implements AutoCloseable {

    /** Cheap password hashing, so tests stay fast; production keeps OWASP's cost. */
    public static final Map<String, String> FAST_PASSWORDS = Map.of(
            "GEVENTATOR_PASSWORD_MEMORY_KIB", "64",
            "GEVENTATOR_PASSWORD_ITERATIONS", "1");

    private final Application application;
    private final Http http;
    private final String prefix;
    private final Path dataDir;

    private TestApp(Application application, String prefix, Path dataDir) {
        this.application = application;
        this.prefix = prefix;
        this.dataDir = dataDir;
        this.http = new Http("http://127.0.0.1:" + application.port());
    }

    /** Runs {@code role} (or "all") with its own database prefix. */
    public static TestApp start(String role) {
        return start(role, TestDatabase.freshPrefix(), Map.of());
    }

    public static TestApp start(String role, String prefix, Map<String, String> environment) {
        return start(role, prefix, environment, TestDatabase.uri());
    }

    /** Runs {@code role} against the database at {@code mongodbUri}, such as a {@link RestartableDatabase}. */
    public static TestApp start(String role, String prefix, Map<String, String> environment, String mongodbUri) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("geventator-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new HashMap<>(FAST_PASSWORDS);
        env.putAll(environment);
        Map<String, String> flags = Map.of(
                "role",
                role,
                "host",
                "127.0.0.1",
                "port",
                "0",
                "mongodb-uri",
                mongodbUri,
                "database-prefix",
                prefix,
                "data-dir",
                dataDir.toString());
        return new TestApp(Launcher.start(flags, env, modules()), prefix, dataDir);
    }

    public static List<RoleModule> modules() {
        return ServiceLoader.load(RoleModule.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    public Http http() {
        return http;
    }

    public int port() {
        return application.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + application.port();
    }

    /** Every HTTP route the app serves, as {@code "GET /events/{eventId}"}, read from the running server. */
    public List<String> routes() {
        return application.routes();
    }

    public String databasePrefix() {
        return prefix;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        application.close();
    }
}
