package geventator.users;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import geventator.platform.AccessTokenKeys;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.platform.Setting;
import geventator.platform.Setting.Kind;
import geventator.platform.Settings;
import geventator.users.api.UserDirectory;
import java.nio.file.Path;
import java.util.List;

/** The user role's composition root. */
public final class UsersModule implements RoleModule {

    static final String TOKEN_TTL = "token-ttl";
    static final String TOKEN_KEYS_FILE = "token-keys-file";
    static final String PASSWORD_MEMORY = "password-memory-kib";
    static final String PASSWORD_ITERATIONS = "password-iterations";
    static final String PASSWORD_PARALLELISM = "password-parallelism";

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
    public List<Class<?>> provides() {
        return List.of(UserDirectory.class, AccessTokenKeys.class);
    }

    @Override
    public Routes start(ModuleContext context) {
        if (!context.isLocal()) {
            context.publish(UserDirectory.class, new RemoteUserDirectory(context.peer()));
            context.publish(AccessTokenKeys.class, new RemoteTokenKeys(context.peer()));
            return Routes.NONE;
        }
        Settings settings = context.settings();
        SigningKeys keys = SigningKeys.loadOrCreate(keysFile(context));
        Passwords passwords = new Passwords(
                settings.integer(PASSWORD_MEMORY),
                settings.integer(PASSWORD_ITERATIONS),
                settings.integer(PASSWORD_PARALLELISM));
        TokenIssuer tokens = new TokenIssuer(keys, settings.duration(TOKEN_TTL), context.clock());
        Accounts accounts = new Accounts(new MongoUsers(context.database("users")), passwords, tokens, context.clock());
        context.publish(UserDirectory.class, new LocalUserDirectory(accounts));
        ImmutableJWKSet<SecurityContext> publicKeys = new ImmutableJWKSet<>(keys.publicKeys());
        context.publish(AccessTokenKeys.class, new AccessTokenKeys() {
            @Override
            public JWKSource<SecurityContext> verificationKeys() {
                return publicKeys;
            }

            @Override
            public String issuingRole() {
                return role();
            }
        });
        return new UserRoutes(accounts, keys)::addTo;
    }

    private static Path keysFile(ModuleContext context) {
        return context.settings()
                .optional(TOKEN_KEYS_FILE)
                .map(Path::of)
                .orElseGet(() -> context.dataDir().resolve("token-keys.json"));
    }
}
