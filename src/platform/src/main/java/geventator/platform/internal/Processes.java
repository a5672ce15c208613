package geventator.platform.internal;

import geventator.logging.SyslogShipping;
import geventator.platform.Frontend;
import geventator.platform.RoleModule;
import geventator.platform.Settings;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts one process: choose the roles, open the database, publish every API, serve the local roles. */
public final class Processes {

    private static final Logger log = LoggerFactory.getLogger(Processes.class);

    private Processes() {}

    /** The parts of a started process. */
    public record Running(Javalin server, Database database, Set<String> roles, SyslogShipping shipping) {}

    public static Running start(Settings settings, List<RoleModule> modules) {
        Logs.configure(settings);
        TrustedCertificates.install(settings.optional(PlatformSettings.TRUST_CA_FILE));
        Set<String> roles = selectRoles(settings.text(PlatformSettings.ROLE), modules);
        String role = settings.text(PlatformSettings.ROLE).trim().toLowerCase(java.util.Locale.ROOT);
        SyslogShipping shipping = Logs.ship(settings, "geventator-" + role);
        Database database;
        try {
            database = Database.open(settings);
        } catch (RuntimeException e) {
            shipping.close();
            throw e;
        }
        try {
            var json = Json.mapper();
            ModuleWiring wiring = new ModuleWiring(settings, database, roles, json, Clock.systemUTC());
            ModuleWiring.Started roleModules = wiring.start(modules, HttpServer.PLATFORM_NEEDS);
            List<RoleModule.Routes> routes = new ArrayList<>(roleModules.localRoutes());
            for (Frontend frontend : ServiceLoader.load(Frontend.class)) {
                routes.add(frontend.start(wiring.frontendContext(frontend.name())));
            }
            ModuleWiring.Started started = new ModuleWiring.Started(roleModules.apis(), List.copyOf(routes));
            Javalin server = HttpServer.create(started, database, json);
            String host = settings.text(PlatformSettings.HOST);
            int port = settings.integer(PlatformSettings.PORT);
            try {
                server.start(host, port);
            } catch (RuntimeException e) {
                throw new StartupException("cannot listen on " + host + ":" + port + " (is the port in use?)");
            }
            log.info("GEventator role {} listening on http://{}:{}", String.join("+", roles), host, server.port());
            return new Running(server, database, roles, shipping);
        } catch (RuntimeException e) {
            database.close();
            shipping.close();
            throw e;
        }
    }

    static Set<String> selectRoles(String role, List<RoleModule> modules) {
        List<String> known = modules.stream().map(RoleModule::role).toList();
        String wanted = role.trim().toLowerCase(java.util.Locale.ROOT);
        if (wanted.equals("all")) {
            return new LinkedHashSet<>(known);
        }
        if (!known.contains(wanted)) {
            throw new ConfigurationException(
                    "unknown role '" + role + "'; valid roles: " + String.join(", ", known) + ", all");
        }
        return Set.of(wanted);
    }

    /** At exit, after the server stopped: writes out the queued log lines and stops logging. */
    public static void stopLogging() {
        Logs.stop();
    }
}
