package geventator.platform;

import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * A role of GEventator (user, event, transaction) that plugs itself into the platform.
 *
 * <p>Implementations are provided through {@code provides geventator.platform.RoleModule with ...} in the
 * module descriptor and a {@code META-INF/services} entry, so that neither the app nor the platform names a
 * role's internals.
 */
public interface RoleModule {

    /** The name given to {@code --role} that boots this module, in lower case. */
    String role();

    /** The settings this module reads, listed by {@code --help}. */
    default List<Setting> settings() {
        return List.of();
    }

    /**
     * Phase one, in every process: publish the module's API with {@link ModuleContext#publish}. When
     * {@link ModuleContext#isLocal()} is true this is the in-process implementation, otherwise a client of
     * this role's HTTP API built on {@link ModuleContext#peer()}.
     */
    void publish(ModuleContext context);

    /**
     * Phase two, only where this role runs: create indexes and add routes. Every module's API is
     * available from {@link ModuleContext#api(Class)} by now.
     */
    void serve(ModuleContext context, RoutesConfig routes);
}
