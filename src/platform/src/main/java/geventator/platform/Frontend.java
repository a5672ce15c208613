package geventator.platform;

import io.javalin.config.RoutesConfig;

/**
 * A part of GEventator that every process serves whatever its role, such as the organizers' web app. It is
 * no role: {@code --role} never names it, it has no URL of its own, and it reaches the roles only through
 * their public HTTP APIs. Provided through {@code provides geventator.platform.Frontend with ...}; the
 * platform finds it with {@link java.util.ServiceLoader} and adds its routes after every local role's.
 */
public interface Frontend {

    /**
     * Adds the frontend's routes. The context's {@link ModuleContext#database(String)} is the frontend's own
     * database (sessions, for instance), {@link ModuleContext#isLocal()} is true and it has no
     * {@link ModuleContext#peer()}.
     */
    void serve(ModuleContext context, RoutesConfig routes);

    /** The name of its database, {@code <database-prefix>_<name>}. */
    String name();
}
