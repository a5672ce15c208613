package geventator.platform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import geventator.platform.Frontend;
import geventator.platform.ModuleContext;
import geventator.platform.Peer;
import geventator.platform.RoleModule;
import geventator.platform.Settings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The published module APIs of one process, and the context each module is given. */
final class ModuleRegistry {

    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();
    private final Map<String, ModuleContext> contexts = new ConcurrentHashMap<>();
    private final Settings settings;
    private final Database database;
    private final Set<String> localRoles;
    private final ObjectMapper json;
    private final Clock clock;

    ModuleRegistry(Settings settings, Database database, Set<String> localRoles, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.localRoles = localRoles;
        this.json = json;
        this.clock = clock;
    }

    <T> T api(Class<T> type) {
        Object implementation = apis.get(type);
        if (implementation == null) {
            throw new IllegalStateException("no module published " + type.getName());
        }
        return type.cast(implementation);
    }

    /** The one context of {@code module}, the same in both phases. */
    ModuleContext contextOf(RoleModule module) {
        return contexts.computeIfAbsent(module.role(), role -> newContext(module));
    }

    /** The context of a frontend: local everywhere, its own database, no peer since it is no role. */
    ModuleContext contextOf(Frontend frontend) {
        return contexts.computeIfAbsent("frontend:" + frontend.name(), key -> newContext(frontend.name(), true, null));
    }

    private ModuleContext newContext(RoleModule module) {
        Peer peer = new Peer(
                module.role(),
                settings.url(PlatformSettings.urlKey(module.role())),
                settings.duration(PlatformSettings.PEER_CONNECT_TIMEOUT),
                settings.duration(PlatformSettings.PEER_TIMEOUT),
                json);
        return newContext(module.role(), localRoles.contains(module.role()), peer);
    }

    private ModuleContext newContext(String name, boolean local, Peer peer) {
        return new ModuleContext() {
            @Override
            public Settings settings() {
                return settings;
            }

            @Override
            public boolean isLocal() {
                return local;
            }

            @Override
            public MongoDatabase database(String name) {
                if (!local) {
                    throw new IllegalStateException("the " + name + " role does not run here");
                }
                return database.database(name);
            }

            @Override
            public <T> void publish(Class<T> api, T implementation) {
                Object previous = apis.putIfAbsent(api, implementation);
                if (previous != null) {
                    throw new IllegalStateException(api.getName() + " is published twice");
                }
            }

            @Override
            public <T> T api(Class<T> api) {
                return ModuleRegistry.this.api(api);
            }

            @Override
            public <T> Optional<T> optionalApi(Class<T> api) {
                return Optional.ofNullable(apis.get(api)).map(api::cast);
            }

            @Override
            public Peer peer() {
                if (peer == null) {
                    throw new IllegalStateException(name + " is no role and has no peer");
                }
                return peer;
            }

            @Override
            public ObjectMapper json() {
                return json;
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }
}
