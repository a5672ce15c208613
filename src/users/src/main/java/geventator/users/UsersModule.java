package geventator.users;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import geventator.platform.AccessTokenKeys;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.platform.Setting;
import geventator.platform.Setting.Kind;
import geventator.platform.Settings;
import geventator.users.api.UserDirectory;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;
import java.util.List;

/** The user role's composition root. */
public final class UsersModule implements RoleModule {

    static final String TOKEN_TTL = "token-ttl";
    static final String TOKEN_KEYS_FILE = "token-keys-file";
    static final String PASSWORD_MEMORY = "password-memory-kib";
    static final String PASSWORD_ITERATIONS = "password-iterations";
    static final String PASSWORD_PARALLELISM = "password-parallelism";

    private Accounts accounts;
    private SigningKeys keys;

    @Override
    public String role() {
        return "user";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting(TOKEN_TTL, "PT1H", Kind.DURATION, "Lifetime of an access token."),
                new Setting(
                        TOKEN_KEYS_FILE,
                        "",
                        Kind.PATH,
                        "JWK set whose first, private EC P-256 key signs "
                                + "access tokens. Unset: <data-dir>/token-keys.json, generated on first start."),
                new Setting(PASSWORD_MEMORY, "19456", Kind.INTEGER, "Argon2id memory cost in KiB."),
                new Setting(PASSWORD_ITERATIONS, "2", Kind.INTEGER, "Argon2id passes."),
                new Setting(PASSWORD_PARALLELISM, "1", Kind.INTEGER, "Argon2id lanes."));
    }

    @Override
    public void publish(ModuleContext context) {
        if (!context.isLocal()) {
            context.publish(UserDirectory.class, new RemoteUserDirectory(context.peer()));
            context.publish(AccessTokenKeys.class, new RemoteTokenKeys(context.settings(), context.peer()));
            return;
        }
        Settings settings = context.settings();
        keys = SigningKeys.loadOrCreate(keysFile(settings));
        Passwords passwords = new Passwords(
                settings.integer(PASSWORD_MEMORY),
                settings.integer(PASSWORD_ITERATIONS),
                settings.integer(PASSWORD_PARALLELISM));
        TokenIssuer tokens = new TokenIssuer(keys, settings.duration(TOKEN_TTL), context.clock());
        accounts = new Accounts(new MongoUsers(context.database("users")), passwords, tokens, context.clock());
        context.publish(UserDirectory.class, new LocalUserDirectory(accounts));
        ImmutableJWKSet<com.nimbusds.jose.proc.SecurityContext> publicKeys = new ImmutableJWKSet<>(keys.publicKeys());
        context.publish(AccessTokenKeys.class, () -> publicKeys);
    }

    @Override
    public void serve(ModuleContext context, RoutesConfig routes) {
        new UserRoutes(accounts, keys).addTo(routes);
    }

    private static Path keysFile(Settings settings) {
        return settings.optional(TOKEN_KEYS_FILE)
                .map(Path::of)
                .orElseGet(() -> settings.path("data-dir").resolve("token-keys.json"));
    }
}
