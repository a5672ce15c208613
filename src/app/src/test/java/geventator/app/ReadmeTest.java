package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.platform.boot.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists every setting that {@code --help} prints. */
class ReadmeTest {

    @Test
    void the_readme_documents_every_setting_with_its_flag_and_environment_name() throws Exception {
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        Launcher.run(
                List.of("--help"),
                Map.of(),
                Main.roleModules(),
                new PrintStream(help, true, StandardCharsets.UTF_8),
                System.err);
        String readme = Files.readString(Path.of("../../README.md"));

        Matcher flags = Pattern.compile("^  (--[a-z-]+)=VALUE", Pattern.MULTILINE)
                .matcher(help.toString(StandardCharsets.UTF_8));
        Matcher variables = Pattern.compile("env ([A-Z_]+),").matcher(help.toString(StandardCharsets.UTF_8));
        List<String> settings = new java.util.ArrayList<>();
        while (flags.find() && variables.find()) {
            settings.add("`" + flags.group(1) + "`");
            settings.add("`" + variables.group(1) + "`");
        }
        assertThat(settings).hasSizeGreaterThan(30);
        assertThat(settings)
                .as("settings missing from the README")
                .filteredOn(s -> !readme.contains(s))
                .isEmpty();
    }
}
