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
import geventator.users.api.AccountClosing;
import geventator.users.api.UserDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The user role's composition root. */
public final class UsersModule implements RoleModule {

    static final String TOKEN_TTL = "token-ttl";
    static final String TOKEN_CLOCK_SKEW = "token-clock-skew";
    static final String REFRESH_TOKEN_TTL = "refresh-token-ttl";
    static final String TOKEN_KEYS_FILE = "token-keys-file";
    static final String PASSWORD_MEMORY = "password-memory-kib";
    static final String PASSWORD_ITERATIONS = "password-iterations";
    static final String PASSWORD_PARALLELISM = "password-parallelism";
    static final String PASSWORD_CONCURRENCY = "password-concurrency";
    static final String PASSWORD_QUEUE = "password-queue";
    static final String PASSWORD_QUEUE_TIMEOUT = "password-queue-timeout";
    static final String LOGIN_ATTEMPTS_PER_ACCOUNT = "login-attempts-per-account";
    static final String LOGIN_ATTEMPTS_PER_ADDRESS = "login-attempts-per-address";
    static final String LOGIN_ATTEMPTS_WINDOW = "login-attempts-window";
    static final Duration LONGEST_TOKEN_TTL = Duration.ofMinutes(5);

    @Override
    public String role() {
        return "user";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting(TOKEN_TTL, "PT5M", Kind.DURATION, "Lifetime of an access token; at most PT5M."),
                new Setting(
                        TOKEN_CLOCK_SKEW,
                        "PT30S",
                        Kind.DURATION,
                        "How far clocks may differ when a role checks a token's issue and expiry times."),
                new Setting(
                        REFRESH_TOKEN_TTL,
                        "P14D",
                        Kind.DURATION,
                        "Lifetime of a refresh token; each refresh hands out a new one."),
                new Setting(
                        TOKEN_KEYS_FILE,
                        "",
                        Kind.PATH,
                        "JWK set whose first, private EC P-256 key signs "
                                + "access tokens. Unset: <data-dir>/token-keys.json, generated on first start."),
                new Setting(PASSWORD_MEMORY, "19456", Kind.INTEGER, "Argon2id memory cost in KiB."),
                new Setting(PASSWORD_ITERATIONS, "2", Kind.INTEGER, "Argon2id passes."),
                new Setting(PASSWORD_PARALLELISM, "1", Kind.INTEGER, "Argon2id lanes."),
                new Setting(
                        PASSWORD_CONCURRENCY,
                        "0",
                        Kind.INTEGER,
                        "Password hashes computed at once; 0: one per processor."),
                new Setting(
                        PASSWORD_QUEUE,
                        "32",
                        Kind.INTEGER,
                        "Password hashes that may wait for their turn; more answer 503."),
                new Setting(
                        PASSWORD_QUEUE_TIMEOUT,
                        "PT1S",
                        Kind.DURATION,
                        "How long a password hash waits for its turn before the request answers 503."),
                new Setting(
                        LOGIN_ATTEMPTS_PER_ACCOUNT,
                        "10",
                        Kind.INTEGER,
                        "Failed log-ins per username or email in one window; more answer 429."),
                new Setting(
                        LOGIN_ATTEMPTS_PER_ADDRESS,
                        "100",
                        Kind.INTEGER,
                        "Failed log-ins per client address in one window; more answer 429."),
                new Setting(
                        LOGIN_ATTEMPTS_WINDOW,
                        "PT15M",
                        Kind.DURATION,
                        "The sliding window in which failed log-ins are counted, from PT1S to P30D."));
    }

    @Override
    public List<Class<?>> provides() {
        return List.of(UserDirectory.class, AccessTokenKeys.class);
    }

    @Override
    public Routes start(ModuleContext context) {
        if (!context.isLocal()) {
            context.publish(UserDirectory.class, new RemoteUserDirectory(context.peer()));
            Settings settings = context.settings();
            context.publish(
                    AccessTokenKeys.class,
                    new RemoteTokenKeys(context.peer(), tokenLifetime(settings), settings.duration(TOKEN_CLOCK_SKEW)));
            return Routes.NONE;
        }
        Settings settings = context.settings();
        SigningKeys keys = SigningKeys.loadOrCreate(keysFile(context));
        Users users = new MongoUsers(context.database("users"));
        Duration tokenLifetime = tokenLifetime(settings);
        Sessions sessions = new Sessions(
                new MongoRefreshTokens(context.database("users")),
                users,
                new TokenIssuer(keys, tokenLifetime, context.clock()),
                settings.duration(REFRESH_TOKEN_TTL),
                context.clock());
        LogInThrottle throttle = new LogInThrottle(
                new MongoAttempts(context.database("users")),
                new LogInThrottle.Limits(
                        settings.integer(LOGIN_ATTEMPTS_PER_ACCOUNT),
                        settings.integer(LOGIN_ATTEMPTS_PER_ADDRESS),
                        settings.duration(LOGIN_ATTEMPTS_WINDOW)),
                context.clock());
        Accounts accounts = new Accounts(
                users, passwords(settings), sessions, throttle, context.hooks(AccountClosing.class), context.clock());
        context.publish(UserDirectory.class, new LocalUserDirectory(accounts));
        context.publish(
                AccessTokenKeys.class,
                new LocalTokenKeys(
                        new ImmutableJWKSet<>(keys.publicKeys()),
                        tokenLifetime,
                        settings.duration(TOKEN_CLOCK_SKEW),
                        role()));
        return new UserRoutes(accounts, sessions, keys)::addTo;
    }

    /** The access-token lifetime, refused when longer than five minutes: a closed session must end soon. */
    static Duration tokenLifetime(Settings settings) {
        Duration lifetime = settings.duration(TOKEN_TTL);
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_TOKEN_TTL) > 0) {
            throw new IllegalArgumentException(TOKEN_TTL + " must be positive and at most " + LONGEST_TOKEN_TTL);
        }
        return lifetime;
    }

    private static Passwords passwords(Settings settings) {
        int concurrency = settings.integer(PASSWORD_CONCURRENCY);
        return new Passwords(
                settings.integer(PASSWORD_MEMORY),
                settings.integer(PASSWORD_ITERATIONS),
                settings.integer(PASSWORD_PARALLELISM),
                new PasswordWork(
                        concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(),
                        settings.integer(PASSWORD_QUEUE),
                        settings.duration(PASSWORD_QUEUE_TIMEOUT)));
    }

    private static Path keysFile(ModuleContext context) {
        return context.settings()
                .optional(TOKEN_KEYS_FILE)
                .map(Path::of)
                .orElseGet(() -> context.dataDir().resolve("token-keys.json"));
    }

    /** The own keys and the token rules, for the roles in this process. */
    private record LocalTokenKeys(
            JWKSource<SecurityContext> verificationKeys, Duration maxLifetime, Duration clockSkew, String issuingRole)
            implements AccessTokenKeys {}
}
