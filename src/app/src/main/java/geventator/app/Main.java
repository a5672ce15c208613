package geventator.app;

import geventator.platform.RoleModule;
import geventator.platform.boot.Launcher;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.ServiceLoader;

/** {@code java -jar geventator.jar --role=event}: runs the chosen role, or every role found. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        OptionalInt exit = Launcher.run(Arrays.asList(args), System.getenv(), roleModules(), System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
    }

    static List<RoleModule> roleModules() {
        // The platform orders them by what each needs, the same for every caller.
        return ServiceLoader.load(RoleModule.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }
}
