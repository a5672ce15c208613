package geventator.platform;

import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * A role of GEventator (user, event, transaction) that plugs itself into the platform.
 *
 * <p>Implementations are provided through {@code provides geventator.platform.RoleModule with ...} in the
 * module descriptor and a {@code META-INF/services} entry, so that neither the app nor the platform names a
 * role's internals.
 *
 * <p>Start-up, the same in production and in tests: the platform orders the modules so that each starts after
 * the providers of what it {@link #needs()} (ties by role name), fails the start with one line when a need has
 * no provider or the needs form a cycle, calls {@link #start} once per module, then checks that every module
 * published what it {@link #provides()} and seals the {@linkplain ModuleContext#hooks hooks}. Only then does the
 * server add the routes of the local modules and listen.
 */
public interface RoleModule {

    /** The name given to {@code --role} that boots this module, in lower case. */
    String role();

    /** The settings this module reads, listed by {@code --help}. */
    default List<Setting> settings() {
        return List.of();
    }

    /** The APIs this module publishes in every process: in-process where its role runs, HTTP clients elsewhere. */
    List<Class<?>> provides();

    /** The APIs of other modules this module is built with; their providers start first. */
    default List<Class<?>> needs() {
        return List.of();
    }

    /** The hooks of other modules this module fills (see {@link ModuleContext#contribute}). */
    default List<Class<?>> contributes() {
        return List.of();
    }

    /**
     * Builds the module from what it needs and publishes what it provides. Where its role runs
     * ({@link ModuleContext#isLocal()}) that is the in-process implementation, with its indexes created here;
     * otherwise a client of this role's HTTP API built on {@link ModuleContext#peer()}.
     *
     * @return the routes this module serves where its role runs; {@link Routes#NONE} elsewhere
     */
    Routes start(ModuleContext context);

    /** The routes of one started module, added to the server only where its role runs. */
    @FunctionalInterface
    interface Routes {

        Routes NONE = routes -> {};

        void addTo(RoutesConfig routes);
    }
}
