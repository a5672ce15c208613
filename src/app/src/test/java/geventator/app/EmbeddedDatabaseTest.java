package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.platform.boot.Application;
import geventator.platform.boot.Launcher;
import geventator.testkit.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no MongoDB URI the process runs the embedded database. Where mongod cannot be downloaded, as on
 * the build machines, that is the in-process server on H2; either way its data outlives a restart.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void without_a_mongodb_uri_the_embedded_database_starts_and_keeps_its_data_across_a_restart() throws Exception {
        Map<String, String> flags =
                Map.of("role", "user", "host", "127.0.0.1", "port", "0", "data-dir", dataDir.toString());
        Map<String, String> env = Map.of("GEVENTATOR_PASSWORD_MEMORY_KIB", "64", "GEVENTATOR_PASSWORD_ITERATIONS", "1");
        Map<String, Object> registration = Map.of(
                "username",
                "persisted",
                "email",
                "persisted@example.org",
                "displayName",
                "Persisted",
                "password",
                "correct horse battery");

        try (Application first = Launcher.start(flags, env, Main.roleModules())) {
            Http http = new Http("http://127.0.0.1:" + first.port());
            assertThat(http.get("/health/ready").send().status()).isEqualTo(200);
            assertThat(http.post("/users", registration).send().status()).isEqualTo(201);
        }
        try (Application second = Launcher.start(flags, env, Main.roleModules())) {
            Http http = new Http("http://127.0.0.1:" + second.port());
            assertThat(http.post("/tokens", Map.of("login", "persisted", "password", "correct horse battery"))
                            .send()
                            .status())
                    .isEqualTo(200);
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("token-keys.json")
                    .containsAnyOf("geventator.h2", "mongod");
        }
        if (Files.exists(dataDir.resolve("geventator.h2"))) {
            assertThat(dataDir.resolve("mongod-unavailable")).exists();
        }
    }

    @Test
    void a_recent_failure_to_get_mongod_goes_straight_to_the_in_process_server_and_is_kept() throws Exception {
        Path failure = dataDir.resolve("mongod-unavailable");
        String remembered = Instant.now().minusSeconds(60) + "\nUnknownHostException: fastdl.mongodb.org\n";
        Files.writeString(failure, remembered);
        Map<String, String> flags =
                Map.of("role", "user", "host", "127.0.0.1", "port", "0", "data-dir", dataDir.toString());

        try (Application app = Launcher.start(flags, Map.of(), Main.roleModules())) {
            Http http = new Http("http://127.0.0.1:" + app.port());
            assertThat(http.get("/health/ready").send().status()).isEqualTo(200);
        }

        assertThat(dataDir.resolve("geventator.h2")).exists();
        assertThat(dataDir.resolve("mongod")).doesNotExist();
        assertThat(Files.readString(failure)).isEqualTo(remembered);
    }

    @Test
    void the_data_directory_it_creates_and_every_file_in_it_are_readable_by_the_owner_only() throws Exception {
        Path created = dataDir.resolve("new").resolve("data");
        Map<String, String> flags =
                Map.of("role", "user", "host", "127.0.0.1", "port", "0", "data-dir", created.toString());
        Map<String, String> env = Map.of("GEVENTATOR_PASSWORD_MEMORY_KIB", "64", "GEVENTATOR_PASSWORD_ITERATIONS", "1");

        try (Application app = Launcher.start(flags, env, Main.roleModules())) {
            assertThat(new Http("http://127.0.0.1:" + app.port())
                            .post(
                                    "/users",
                                    Map.of(
                                            "username",
                                            "private",
                                            "email",
                                            "private@example.org",
                                            "displayName",
                                            "Private",
                                            "password",
                                            "correct horse battery"))
                            .send()
                            .status())
                    .isEqualTo(201);
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created)))
                .isEqualTo("rwx------");
        try (var files = Files.walk(created)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                            .as(file.toString())
                            .isEqualTo("rw-------");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(created.resolve("geventator.h2")).exists();
    }
}
