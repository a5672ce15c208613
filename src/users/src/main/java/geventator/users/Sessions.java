package geventator.users;

import com.nimbusds.jwt.SignedJWT;
import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.Text;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions: a sign-in opens a family of refresh tokens, kept server-side as hashes. Each refresh replaces
 * the token it used with a new one; using a replaced token again means it was copied, so the whole family
 * ends. Deleting the account or changing the password ends every family of the account. Access tokens
 * are verified without asking anyone, so a session that ended still has its last access token until it
 * expires: at most {@code token-ttl} (plus the clock skew).
 */
final class Sessions {

    /** What a sign-in or a refresh hands out. */
    record Tokens(TokenIssuer.AccessToken access, String refreshToken, Instant refreshExpiresAt) {}

    private static final int REFRESH_TOKEN_BYTES = 32;
    private static final String ENDED = "the refresh token is invalid, expired or revoked; sign in again";

    private final RefreshTokens refreshTokens;
    private final Users users;
    private final TokenIssuer issuer;
    private final Duration refreshLifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Sessions(RefreshTokens refreshTokens, Users users, TokenIssuer issuer, Duration refreshLifetime, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.issuer = issuer;
        this.refreshLifetime = refreshLifetime;
        this.clock = clock;
    }

    Tokens open(User user) {
        return issue(user, UUID.randomUUID().toString());
    }

    Tokens refresh(String refreshToken) {
        RefreshTokens.Stored stored = stored(refreshToken).orElseThrow(() -> Refusal.unauthenticated(ENDED));
        if (!refreshTokens.markReplaced(stored.hash())) {
            refreshTokens.removeFamily(stored.family());
            throw Refusal.unauthenticated(ENDED);
        }
        Optional<User> user = users.byId(stored.userId())
                .filter(u -> Text.sha256Hex(u.passwordHash()).equals(stored.credential()));
        if (user.isEmpty()) {
            refreshTokens.removeFamily(stored.family());
            throw Refusal.unauthenticated(ENDED);
        }
        return issue(user.get(), stored.family());
    }

    /** Ends the session the refresh token belongs to; a token that is unknown already ended. */
    void revoke(String refreshToken) {
        stored(refreshToken).ifPresent(stored -> refreshTokens.removeFamily(stored.family()));
    }

    /** Ends the session that issued the caller's access token. */
    void signOut(Caller caller) {
        sessionOf(caller).ifPresent(refreshTokens::removeFamily);
    }

    void endAll(String userId) {
        refreshTokens.removeAllOf(userId);
    }

    private Tokens issue(User user, String family) {
        byte[] secret = new byte[REFRESH_TOKEN_BYTES];
        random.nextBytes(secret);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(refreshLifetime);
        refreshTokens.add(new RefreshTokens.Stored(
                Text.sha256Hex(refreshToken),
                family,
                user.id(),
                Text.sha256Hex(user.passwordHash()),
                expiresAt,
                false));
        return new Tokens(issuer.issue(user, family), refreshToken, expiresAt);
    }

    private Optional<RefreshTokens.Stored> stored(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 128) {
            return Optional.empty();
        }
        return refreshTokens
                .byHash(Text.sha256Hex(refreshToken))
                .filter(stored -> stored.expiresAt().isAfter(clock.instant()));
    }

    private static Optional<String> sessionOf(Caller caller) {
        try {
            return Optional.ofNullable(
                    SignedJWT.parse(caller.token()).getJWTClaimsSet().getStringClaim(TokenIssuer.SESSION));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
