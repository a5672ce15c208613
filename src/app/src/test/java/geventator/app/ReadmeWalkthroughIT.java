package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.testkit.RoleProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's walkthrough, run as written: the shell block between its {@code walkthrough} markers goes to
 * bash against the built jar on its embedded default, and every {@code #=> } line in it is the output the
 * commands since the previous one must print. A step that fails (curl -f, set -e) or prints anything else
 * fails the test, naming the step; so the README cannot drift from what the product does.
 */
class ReadmeWalkthroughIT {

    static final Path README = Path.of("../../README.md");
    static final String EXPECT = "#=> ";

    static RoleProcess app;

    @BeforeAll
    static void start() {
        Path jar = Path.of(System.getProperty("geventator.jar", "../../target/geventator.jar"));
        app = RoleProcess.of(jar, "all").start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    record Step(int line, List<String> commands, String expected) {}

    @Test
    void every_step_of_the_readme_walkthrough_prints_what_the_readme_says() throws Exception {
        List<Step> steps = steps(block());
        assertThat(steps).as("steps with an expected output").hasSizeGreaterThan(10);

        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).commands().forEach(c -> script.append(c).append('\n'));
            script.append("printf '\\n::step ").append(i).append("::\\n'\n");
        }
        Path work = Files.createTempDirectory("geventator-walkthrough");
        Path file = work.resolve("walkthrough.sh");
        Files.writeString(file, script);
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(work.toFile());
        bash.environment().put("G", app.baseUrl());
        bash.redirectErrorStream(true);
        Process run = bash.start();
        boolean finished = run.waitFor(3, TimeUnit.MINUTES);
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            run.destroyForcibly();
        }

        String rest = output;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String marker = "::step " + i + "::";
            int at = rest.indexOf(marker);
            assertThat(at)
                    .as(
                            "README line %d: the walkthrough stopped before this step finished; it printed:%n%s",
                            step.line(), rest)
                    .isGreaterThanOrEqualTo(0);
            String printed = rest.substring(0, at).strip();
            assertThat(printed)
                    .as("README line %d, after: %s", step.line(), String.join(" / ", step.commands()))
                    .isEqualTo(step.expected());
            rest = rest.substring(at + marker.length());
        }
        assertThat(run.exitValue())
                .as("the walkthrough's exit status; the rest of its output:%n%s", rest)
                .isZero();
    }

    /** The lines of the README's walkthrough block, each with its line number. */
    static List<String[]> block() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<String[]> block = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("<!-- walkthrough: start -->")) {
                inside = true;
            } else if (line.contains("<!-- walkthrough: end -->")) {
                inside = false;
            } else if (inside && !line.startsWith("```")) {
                block.add(new String[] {String.valueOf(i + 1), line});
            }
        }
        assertThat(block).as("the README's walkthrough block").isNotEmpty();
        return block;
    }

    /** Commands grouped by the expectation that follows them; consecutive #=> lines expect several lines. */
    static List<Step> steps(List<String[]> block) {
        List<Step> steps = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int line = 0;
        for (String[] numbered : block) {
            String text = numbered[1];
            if (text.startsWith(EXPECT) || text.equals(EXPECT.strip())) {
                if (expected.isEmpty()) {
                    line = Integer.parseInt(numbered[0]);
                }
                expected.add(text.length() > EXPECT.length() ? text.substring(EXPECT.length()) : "");
                continue;
            }
            if (!expected.isEmpty()) {
                steps.add(new Step(line, List.copyOf(commands), String.join("\n", expected)));
                commands.clear();
                expected.clear();
            }
            commands.add(text);
        }
        if (!expected.isEmpty()) {
            steps.add(new Step(line, List.copyOf(commands), String.join("\n", expected)));
        }
        return steps;
    }
}
