package geventator.platform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import geventator.platform.ModuleContext;
import geventator.platform.Peer;
import geventator.platform.RoleModule;
import geventator.platform.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts the role modules of one process in the order their needs give, and checks the wiring once: every
 * need has a provider, every module published what it declared and nothing else. A wrong wiring fails the
 * start with one line, before the server listens, instead of as a 500 on the first request.
 */
final class ModuleWiring {

    /** The modules of one started process, and the routes of the local ones. */
    record Started(Map<Class<?>, Object> apis, List<RoleModule.Routes> localRoutes) {

        <T> T api(Class<T> type) {
            return type.cast(apis.get(type));
        }
    }

    private final Settings settings;
    private final Database database;
    private final Set<String> localRoles;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<Class<?>, Object> apis = new LinkedHashMap<>();
    private final Map<Class<?>, List<Object>> hooks = new HashMap<>();
    private volatile boolean sealed;

    ModuleWiring(Settings settings, Database database, Set<String> localRoles, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.localRoles = localRoles;
        this.json = json;
        this.clock = clock;
    }

    /** Starts every module, the APIs in {@code platformNeeds} included among what must be provided. */
    Started start(List<RoleModule> modules, List<Class<?>> platformNeeds) {
        List<RoleModule> ordered = order(modules);
        for (Class<?> need : platformNeeds) {
            providerOf(need, modules, "the platform");
        }
        List<RoleModule.Routes> routes = new ArrayList<>();
        for (RoleModule module : ordered) {
            RoleModule.Routes served;
            try {
                served = module.start(new Context(module));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new StartupException("the " + module.role() + " module cannot start: " + e.getMessage());
            }
            for (Class<?> api : module.provides()) {
                if (!apis.containsKey(api)) {
                    throw new StartupException(
                            "the " + module.role() + " module declares " + api.getName() + " but did not publish it");
                }
            }
            if (localRoles.contains(module.role())) {
                routes.add(served);
            }
        }
        sealed = true;
        return new Started(Map.copyOf(apis), List.copyOf(routes));
    }

    /**
     * The modules, each after the providers of its needs; ties by role name, so that every caller (the jar's
     * main, the tests) gets the same order whatever order the modules were found in.
     */
    static List<RoleModule> order(List<RoleModule> modules) {
        List<RoleModule> pending = new ArrayList<>(modules);
        pending.sort(Comparator.comparing(RoleModule::role));
        List<RoleModule> ordered = new ArrayList<>();
        Set<Class<?>> available = new LinkedHashSet<>();
        for (RoleModule module : pending) {
            for (Class<?> need : module.needs()) {
                providerOf(need, modules, "the " + module.role() + " module");
            }
        }
        while (!pending.isEmpty()) {
            RoleModule next = pending.stream()
                    .filter(m -> available.containsAll(m.needs()))
                    .findFirst()
                    .orElseThrow(() -> new StartupException("the modules' needs form a cycle: "
                            + pending.stream().map(RoleModule::role).collect(Collectors.joining(", "))));
            pending.remove(next);
            ordered.add(next);
            available.addAll(next.provides());
        }
        return ordered;
    }

    private static RoleModule providerOf(Class<?> api, List<RoleModule> modules, String who) {
        List<RoleModule> providers =
                modules.stream().filter(m -> m.provides().contains(api)).toList();
        if (providers.size() != 1) {
            throw new StartupException(who + " needs " + api.getName() + ", which "
                    + (providers.isEmpty()
                            ? "no module provides"
                            : "is provided by more than one module: "
                                    + providers.stream().map(RoleModule::role).collect(Collectors.joining(", "))));
        }
        return providers.get(0);
    }

    /** The context of a frontend: local in every process, its own database, and nothing of the modules'. */
    ModuleContext frontendContext(String name) {
        return new ModuleContext() {
            @Override
            public Settings settings() {
                return settings;
            }

            @Override
            public boolean isLocal() {
                return true;
            }

            @Override
            public MongoDatabase database(String databaseName) {
                return database.database(databaseName);
            }

            @Override
            public Path dataDir() {
                return settings.path(PlatformSettings.DATA_DIR);
            }

            @Override
            public <T> void publish(Class<T> api, T implementation) {
                throw new IllegalStateException("the " + name + " frontend publishes no module API");
            }

            @Override
            public <T> T api(Class<T> api) {
                throw new IllegalStateException("the " + name + " frontend reaches the roles over HTTP only");
            }

            @Override
            public <T> void contribute(Class<T> hook, T implementation) {
                throw new IllegalStateException("the " + name + " frontend fills no hook");
            }

            @Override
            public <T> Hooks<T> hooks(Class<T> hook) {
                throw new IllegalStateException("the " + name + " frontend reads no hook");
            }

            @Override
            public Peer peer() {
                throw new IllegalStateException(name + " is no role and has no peer");
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

    private final class Context implements ModuleContext {

        private final RoleModule module;
        private final boolean local;
        private final Peer peer;

        Context(RoleModule module) {
            this.module = module;
            this.local = localRoles.contains(module.role());
            this.peer = new Peer(
                    module.role(),
                    settings.url(PlatformSettings.urlKey(module.role())),
                    settings.duration(PlatformSettings.PEER_CONNECT_TIMEOUT),
                    settings.duration(PlatformSettings.PEER_TIMEOUT),
                    json);
        }

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
                throw new IllegalStateException("the " + module.role() + " role does not run here");
            }
            return database.database(name);
        }

        @Override
        public Path dataDir() {
            return settings.path(PlatformSettings.DATA_DIR);
        }

        @Override
        public <T> void publish(Class<T> api, T implementation) {
            if (!module.provides().contains(api)) {
                throw new IllegalStateException(api.getName() + " is not among what it provides");
            }
            if (apis.putIfAbsent(api, implementation) != null) {
                throw new IllegalStateException(api.getName() + " is published twice");
            }
        }

        @Override
        public <T> T api(Class<T> api) {
            if (!module.needs().contains(api)) {
                throw new IllegalStateException(api.getName() + " is not among its needs");
            }
            return api.cast(apis.get(api));
        }

        @Override
        public <T> void contribute(Class<T> hook, T implementation) {
            if (!module.contributes().contains(hook)) {
                throw new IllegalStateException(hook.getName() + " is not among the hooks it contributes to");
            }
            hooks.computeIfAbsent(hook, h -> new ArrayList<>()).add(implementation);
        }

        @Override
        public <T> Hooks<T> hooks(Class<T> hook) {
            return () -> {
                if (!sealed) {
                    throw new IllegalStateException(
                            "the hooks of " + hook.getName() + " are read before start-up ended");
                }
                return hooks.getOrDefault(hook, List.of()).stream()
                        .map(hook::cast)
                        .toList();
            };
        }

        @Override
        public Peer peer() {
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
    }
}
