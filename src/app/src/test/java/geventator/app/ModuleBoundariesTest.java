package geventator.app;

import static org.assertj.core.api.Assertions.assertThat;

import geventator.platform.RoleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module boundaries, read from the compiled module descriptors: each role module exports its api
 * package and nothing else, and javac refuses another module's reach into its internals.
 */
class ModuleBoundariesTest {

    @TempDir
    Path work;

    @Test
    void every_role_module_exports_only_its_api_package_and_provides_itself_as_a_role() throws Exception {
        List<RoleModule> modules = Main.roleModules();
        assertThat(modules).isNotEmpty();
        for (RoleModule module : modules) {
            ModuleDescriptor descriptor = descriptorOf(module.getClass());
            String root = module.getClass().getPackageName();

            assertThat(descriptor.exports())
                    .as(descriptor.name())
                    .extracting(ModuleDescriptor.Exports::source)
                    .containsExactly(root + ".api");
            assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
            assertThat(descriptor.packages())
                    .as("internal packages exist and stay unexported")
                    .contains(root);
            assertThat(descriptor.provides())
                    .extracting(ModuleDescriptor.Provides::service)
                    .containsExactly(RoleModule.class.getName());
        }
    }

    @Test
    void the_platform_exports_its_contract_and_its_boot_package_only_to_the_app() throws Exception {
        ModuleDescriptor platform = descriptorOf(RoleModule.class);

        assertThat(platform.exports())
                .filteredOn(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("geventator.platform", "geventator.platform.http");
        assertThat(platform.exports())
                .filteredOn(ModuleDescriptor.Exports::isQualified)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo("geventator.platform.boot");
                    assertThat(e.targets()).containsExactly("geventator.app");
                });
        assertThat(platform.packages()).contains("geventator.platform.internal");
    }

    @Test
    void javac_refuses_a_module_that_reaches_into_the_users_internals_and_accepts_one_that_uses_its_api() {
        String violation = compile("""
                package intruder;
                public class Reach { Object accounts = new geventator.users.UsersModule(); }
                """);
        String allowed = compile("""
                package intruder;
                public class Use { geventator.users.api.UserDirectory directory; }
                """);

        assertThat(violation)
                .contains("package geventator.users is declared in module geventator.users, which does not export it");
        assertThat(allowed).isEmpty();
    }

    private String compile(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<JavaFileObject> units = List.of(
                source("module-info", "module intruder { requires geventator.users; }"),
                source("intruder/" + (source.contains("Reach") ? "Reach" : "Use"), source));
        List<String> options = List.of(
                "-d", work.toString(), "--class-path", work.toString(), "--module-path", modulePath(), "-proc:none");
        boolean compiled =
                javac.getTask(diagnostics, null, null, options, null, units).call();
        return compiled ? "" : diagnostics.toString();
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(
                java.net.URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** The named modules and the libraries they need; not the test tools or the class-path-only adapters. */
    private static String modulePath() {
        Pattern unrelated = Pattern.compile("bwaldvogel|flapdoodle|h2database|testkit|embedded|junit|opentest4j"
                + "|assertj|apiguardian|byte-buddy|surefire|test-classes|jna|commons-|jgrapht|jheaps|geventator-app");
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry ->
                        !unrelated.matcher(entry.toLowerCase(Locale.ROOT)).find())
                .filter(entry -> entry.endsWith(".jar") || Files.exists(Path.of(entry, "module-info.class")))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static ModuleDescriptor descriptorOf(Class<?> type) throws IOException, URISyntaxException {
        Path location =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                return ModuleDescriptor.read(in);
            }
        }
    }
}
