package geventator.platform.boot;

import io.javalin.Javalin;
import java.util.List;
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

    /** Every HTTP route this process serves, as {@code "GET /events/{eventId}"}, for tests that must cover all. */
    public List<String> routes() {
        return server.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .distinct()
                .toList();
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
