package geventator.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One role of the built jar running as its own operating-system process, as in production: started with
 * flags and environment, ready once {@code /health/ready} answers 200, its output kept in a file that every
 * failure quotes, and stopped like a service manager would stop it.
 *
 * <pre>{@code
 * try (RoleProcess users = RoleProcess.of(jar, "user").flag("mongodb-uri", TestDatabase.uri()).start()) { ... }
 * }</pre>
 */
public final class RoleProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String role;
    private final int port;
    private final Process process;
    private final Path output;
    private final Builder builder;

    private RoleProcess(String role, int port, Process process, Path output, Builder builder) {
        this.role = role;
        this.port = port;
        this.process = process;
        this.output = output;
        this.builder = builder;
    }

    /** A process of {@code jar} that will run {@code role} on a free port of 127.0.0.1, with fast password hashing. */
    public static Builder of(Path jar, String role) {
        return new Builder(jar, role);
    }

    /** A TCP port that was free a moment ago. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Http http() {
        return new Http(baseUrl());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the process printed so far. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** Stops the process as SIGTERM does, waiting for its shutdown hook; kills it when that takes too long. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process as a power cut or the kernel's OOM killer would: SIGKILL, no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(STOP_TIMEOUT);
    }

    /** Sends SIGTERM, as a service manager does, and returns at once; {@link #awaitExit} waits for the end. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; its exit status, or empty when it still runs after {@code timeout}. */
    public java.util.OptionalInt awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? java.util.OptionalInt.of(process.exitValue())
                    : java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalInt.empty();
        }
    }

    /** The same role started again with the same flags: same port, same data directory. */
    public RoleProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the " + role + " role still runs; stop or kill it first");
        }
        return builder.start();
    }

    /** The data directory this process was started with. */
    public Path dataDir() {
        return Path.of(builder.flags.get("data-dir"));
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + role + " role exited with " + process.exitValue()
                        + " before it was ready:\n" + output());
            }
            try {
                if (CLIENT.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        stop();
        throw new IllegalStateException(
                "the " + role + " role was not ready within " + timeout.toSeconds() + " s:\n" + output());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the process is started with. */
    public static final class Builder {
        private final Path jar;
        private final String role;
        private final Map<String, String> flags = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>(TestApp.FAST_PASSWORDS);
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));

        private Builder(Path jar, String role) {
            this.jar = jar;
            this.role = role;
            flags.put("role", role);
            flags.put("host", "127.0.0.1");
            flags.put("port", String.valueOf(freePort()));
            try {
                flags.put(
                        "data-dir",
                        Files.createTempDirectory("geventator-" + role + "-data")
                                .toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A {@code --key=value} flag, such as {@code flag("user-url", users.baseUrl())}. */
        public Builder flag(String key, String value) {
            flags.put(key, value);
            return this;
        }

        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** Starts the process and waits until it is ready; throws with its output when it is not. */
        public RoleProcess start() {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " does not exist: build it with the app module's package phase");
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            flags.forEach((key, value) -> command.add("--" + key + "=" + value));
            try {
                Path output = Files.createTempFile("geventator-" + role + "-", ".log");
                ProcessBuilder builder =
                        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                RoleProcess started =
                        new RoleProcess(role, Integer.parseInt(flags.get("port")), builder.start(), output, this);
                started.awaitReady(READY_TIMEOUT);
                return started;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + command, e);
            }
        }
    }
}
