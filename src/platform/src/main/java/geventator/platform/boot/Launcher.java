package geventator.platform.boot;

import geventator.platform.RoleModule;
import geventator.platform.Setting;
import geventator.platform.Settings;
import geventator.platform.internal.Arguments;
import geventator.platform.internal.ConfigurationException;
import geventator.platform.internal.Help;
import geventator.platform.internal.LoadedSettings;
import geventator.platform.internal.PlatformSettings;
import geventator.platform.internal.Processes;
import geventator.platform.internal.StartupException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Turns a command line, an environment and the role modules found into a running process, or a reason. */
public final class Launcher {

    public static final int EXIT_USAGE = 2;
    public static final int EXIT_STARTUP = 1;

    private Launcher() {}

    /**
     * Starts the process the command line asks for. Returns an exit code when the process should end now
     * (after {@code --help}, or with a one-line reason on stderr), empty while the server runs.
     */
    public static OptionalInt run(
            List<String> args, Map<String, String> env, List<RoleModule> modules, PrintStream out, PrintStream err) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.help()) {
                out.print(Help.text(settingsOf(modules)));
                return OptionalInt.of(0);
            }
            Application application = start(arguments.flags(), env, modules);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    application.close();
                                } finally {
                                    Processes.stopLogging();
                                }
                            },
                            "geventator-shutdown"));
            return OptionalInt.empty();
        } catch (ConfigurationException e) {
            err.println("geventator: " + e.getMessage());
            return OptionalInt.of(EXIT_USAGE);
        } catch (StartupException e) {
            err.println("geventator: " + e.getMessage());
            return OptionalInt.of(EXIT_STARTUP);
        }
    }

    /** Starts the roles that {@code flags} and {@code env} select; throws with the reason when it cannot. */
    public static Application start(Map<String, String> flags, Map<String, String> env, List<RoleModule> modules) {
        Settings settings = LoadedSettings.load(settingsOf(modules), flags, env);
        Processes.Running running = Processes.start(settings, modules);
        return new Application(running.server(), running.database(), running.roles(), running.shipping());
    }

    private static List<Setting> settingsOf(List<RoleModule> modules) {
        List<Setting> settings = new ArrayList<>(
                PlatformSettings.all(modules.stream().map(RoleModule::role).toList()));
        modules.forEach(m -> settings.addAll(m.settings()));
        return settings;
    }
}
