package geventator.platform.boot;

import io.javalin.Javalin;
import java.util.Set;

/** A running GEventator process: its roles, its port, and a way to stop it. */
public final class Application implements AutoCloseable {

    private final Javalin server;
    private final AutoCloseable database;
    private final Set<String> roles;
    private final AutoCloseable shipping;

    Application(Javalin server, AutoCloseable database, Set<String> roles, AutoCloseable shipping) {
        this.server = server;
        this.database = database;
        this.roles = roles;
        this.shipping = shipping;
    }

    public int port() {
        return server.port();
    }

    public Set<String> roles() {
        return roles;
    }

    @Override
    public void close() {
        server.stop();
        try {
            database.close();
            shipping.close();
        } catch (Exception e) {
            throw new IllegalStateException("the process did not stop cleanly", e);
        }
    }
}
