package geventator.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import geventator.platform.Setting;
import geventator.platform.Setting.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedSettingsTest {

    @TempDir
    Path dir;

    static List<Setting> settings() {
        List<Setting> all = new ArrayList<>(PlatformSettings.all(List.of("user", "event")));
        all.add(new Setting("token-ttl", "PT1H", Kind.DURATION, "token lifetime"));
        return all;
    }

    @Test
    void defaults_apply_when_nothing_else_is_given() {
        var settings = LoadedSettings.load(settings(), Map.of(), Map.of());

        assertThat(settings.integer("port")).isEqualTo(7070);
        assertThat(settings.text("role")).isEqualTo("all");
        assertThat(settings.optional("mongodb-uri")).isEmpty();
        assertThat(settings.url("event-url").toString()).isEqualTo("http://localhost:7070");
    }

    @Test
    void the_file_beats_defaults_the_environment_beats_the_file_and_flags_beat_everything() throws IOException {
        Path file = write("port=8001\nhost=127.0.0.2\ntoken-ttl=PT2H\nlog-level=DEBUG\n");
        Map<String, String> env = Map.of(
                "GEVENTATOR_CONFIG",
                file.toString(),
                "GEVENTATOR_PORT",
                "8002",
                "GEVENTATOR_HOST",
                "127.0.0.3",
                "ROLE",
                "event");
        Map<String, String> flags = Map.of("port", "8003");

        var settings = LoadedSettings.load(settings(), flags, env);

        assertThat(settings.integer("port")).isEqualTo(8003);
        assertThat(settings.text("host")).isEqualTo("127.0.0.3");
        assertThat(settings.text("role")).isEqualTo("event");
        assertThat(settings.duration("token-ttl")).hasHours(2);
        assertThat(settings.text("log-level")).isEqualTo("DEBUG");
    }

    @Test
    void the_config_flag_beats_the_config_variable() throws IOException {
        Path fromFlag = write("port=9001\n");
        Path fromEnv = dir.resolve("other.properties");
        Files.writeString(fromEnv, "port=9002\n");

        var settings = LoadedSettings.load(
                settings(), Map.of("config", fromFlag.toString()), Map.of("GEVENTATOR_CONFIG", fromEnv.toString()));

        assertThat(settings.integer("port")).isEqualTo(9001);
    }

    @Test
    void a_port_that_is_not_a_number_is_refused_naming_its_flag_and_variable() {
        assertThatThrownBy(() -> LoadedSettings.load(settings(), Map.of("port", "abc"), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invalid port (--port, GEVENTATOR_PORT): 'abc' is not a port number (0 to 65535)");
        assertThatThrownBy(() -> LoadedSettings.load(settings(), Map.of(), Map.of("GEVENTATOR_PORT", "70000")))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void bad_durations_and_urls_are_refused() {
        assertThatThrownBy(() -> LoadedSettings.load(settings(), Map.of("token-ttl", "1 hour"), Map.of()))
                .hasMessageContaining("ISO-8601 duration");
        assertThatThrownBy(() -> LoadedSettings.load(settings(), Map.of("user-url", "ftp://x"), Map.of()))
                .hasMessageContaining("http or https URL");
    }

    @Test
    void an_unknown_flag_or_file_key_is_refused() throws IOException {
        assertThatThrownBy(() -> LoadedSettings.load(settings(), Map.of("prot", "1"), Map.of()))
                .hasMessage("unknown option --prot (see --help)");
        Path file = write("prot=1\n");
        assertThatThrownBy(() -> LoadedSettings.load(settings(), Map.of("config", file.toString()), Map.of()))
                .hasMessageContaining("unknown setting 'prot'");
    }

    @Test
    void a_named_config_file_must_exist_but_the_default_one_may_not() {
        assertThatThrownBy(() -> LoadedSettings.load(
                        settings(), Map.of("config", dir.resolve("nope").toString()), Map.of()))
                .hasMessageContaining("does not exist");
        assertThat(LoadedSettings.load(settings(), Map.of(), Map.of()).integer("port"))
                .isEqualTo(7070);
    }

    @Test
    void unrelated_environment_variables_are_ignored() {
        var settings =
                LoadedSettings.load(settings(), Map.of(), Map.of("GEVENTATOR_SOMETHING_ELSE", "x", "PATH", "/bin"));

        assertThat(settings.integer("port")).isEqualTo(7070);
    }

    @Test
    void arguments_take_both_flag_forms_and_refuse_strays() {
        assertThat(Arguments.parse(List.of("--role=user", "--port", "8080")).flags())
                .containsEntry("role", "user")
                .containsEntry("port", "8080");
        assertThat(Arguments.parse(List.of("--help")).help()).isTrue();
        assertThatThrownBy(() -> Arguments.parse(List.of("user"))).hasMessageContaining("unexpected argument");
        assertThatThrownBy(() -> Arguments.parse(List.of("--port"))).hasMessageContaining("needs a value");
    }

    @Test
    void setting_names_map_to_flags_and_environment_variables_by_one_rule() {
        Setting uri = settings().stream()
                .filter(s -> s.key().equals("mongodb-uri"))
                .findFirst()
                .orElseThrow();

        assertThat(uri.flag()).isEqualTo("--mongodb-uri");
        assertThat(uri.environmentVariable()).isEqualTo("GEVENTATOR_MONGODB_URI");
        assertThat(settings().get(0).environmentVariable()).isEqualTo("ROLE");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("geventator.properties");
        Files.writeString(file, content);
        return file;
    }
}
