package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.platform.RoleModule;
import geventator.platform.boot.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        return Launcher.run(
                List.of(args),
                Map.of(),
                Main.roleModules(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_unknown_role_exits_2_with_one_line_listing_the_valid_roles() {
        OptionalInt exit = run("--role=nope");

        List<String> roles = Main.roleModules().stream().map(RoleModule::role).toList();
        assertThat(exit).hasValue(2);
        assertThat(stderr().lines()).hasSize(1);
        assertThat(stderr())
                .startsWith("geventator: unknown role 'nope'; valid roles: ")
                .contains(String.join(", ", roles) + ", all");
    }

    @Test
    void a_port_that_is_not_a_number_exits_2_with_one_line() {
        assertThat(run("--port=seventy")).hasValue(2);
        assertThat(stderr().lines())
                .containsExactly(
                        "geventator: invalid port (--port, GEVENTATOR_PORT): 'seventy' is not a port number (0 to 65535)");
    }

    @Test
    void a_database_that_does_not_answer_exits_1_with_one_line_and_no_stack_trace() {
        OptionalInt exit = run("--mongodb-uri=mongodb://127.0.0.1:1/", "--mongodb-timeout=PT1S", "--port=0");

        assertThat(exit).hasValue(1);
        assertThat(stderr().lines()).hasSize(1);
        assertThat(stderr()).startsWith("geventator: MongoDB at 127.0.0.1:1 did not answer within 1 s");
    }

    @Test
    void an_atlas_style_srv_uri_that_does_not_resolve_exits_1_with_one_line() {
        OptionalInt exit = run(
                "--mongodb-uri=mongodb+srv://app:secret@cluster0.example.invalid/?retryWrites=true",
                "--mongodb-timeout=PT1S",
                "--port=0");

        assertThat(exit).hasValue(1);
        assertThat(stderr().lines())
                .singleElement()
                .asString()
                .startsWith("geventator: MongoDB at cluster0.example.invalid did not answer within 1 s")
                .doesNotContain("secret");
    }

    @Test
    void a_malformed_mongodb_uri_exits_2() {
        assertThat(run("--mongodb-uri=localhost:27017")).hasValue(2);
        assertThat(stderr()).startsWith("geventator: invalid mongodb-uri");
    }

    @Test
    void an_unreadable_token_keys_file_exits_1_with_one_line(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path keys = dir.resolve("keys.json");
        java.nio.file.Files.writeString(keys, "{\"keys\": \"not a key set\"}");

        OptionalInt exit = run("--role=user", "--port=0", "--data-dir=" + dir, "--token-keys-file=" + keys);

        assertThat(exit).hasValue(1);
        assertThat(stderr().lines())
                .singleElement()
                .asString()
                .startsWith("geventator: the user module cannot start: cannot read the token keys file");
    }

    @Test
    void password_costs_that_argon2_refuses_exit_1_with_one_line(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // The decoy hash that used to be made during start-up (and failed it, or threw) is now made in the
        // background: the costs are checked before the server listens all the same.
        OptionalInt exit = run("--role=user", "--port=0", "--data-dir=" + dir, "--password-parallelism=0");

        assertThat(exit).hasValue(1);
        assertThat(stderr().lines())
                .singleElement()
                .asString()
                .startsWith("geventator: the user module cannot start: Argon2id needs a parallelism");
    }

    @Test
    void an_unknown_option_exits_2() {
        assertThat(run("--colour=blue")).hasValue(2);
        assertThat(stderr()).isEqualTo("geventator: unknown option --colour (see --help)" + System.lineSeparator());
    }

    @Test
    void help_lists_every_setting_with_its_flag_environment_name_and_default() {
        assertThat(run("--help")).hasValue(0);

        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help)
                .contains(
                        "--role=VALUE",
                        "env ROLE, default all",
                        "--port=VALUE",
                        "env GEVENTATOR_PORT, default 7070",
                        "--mongodb-uri=VALUE",
                        "env GEVENTATOR_MONGODB_URI, default (unset)",
                        "--token-ttl=VALUE",
                        "--user-url=VALUE",
                        "env GEVENTATOR_USER_URL, default http://localhost:7070");
        for (RoleModule module : Main.roleModules()) {
            module.settings()
                    .forEach(setting -> assertThat(help).contains(setting.flag(), setting.environmentVariable()));
        }
    }
}
