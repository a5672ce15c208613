package geventator.platform.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.http.Problem;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies bearer access tokens locally against the issuer's public keys: no call to the user role per
 * request. Only ES256 is accepted, so a token cannot choose a weaker algorithm. A token must also look as
 * the issuer makes them: issued no later than now (give or take the clock skew), living no longer than the
 * issuer's maximum, for a subject that is a user id. A verified token is remembered until it expires
 * ({@link VerifiedTokens}), so its later requests skip the signature check.
 */
public final class Authenticator {

    /** Enough for every client of a busy role at once; a few MiB when full. */
    static final int REMEMBERED_TOKENS = 4096;

    private static final Pattern USER_ID = Pattern.compile("[0-9a-f]{24}");

    private final AccessTokenKeys keys;
    private final VerifiedTokens verified;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public Authenticator(AccessTokenKeys keys) {
        this.keys = keys;
        this.verified = new VerifiedTokens(REMEMBERED_TOKENS, Clock.systemUTC());
    }

    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw Problem.unauthorized("send an access token as 'Authorization: Bearer <token>'");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.unauthorized("the Authorization header must use the Bearer scheme");
        }
        return verified.caller(authorization.substring(7).trim(), this::verify);
    }

    private VerifiedTokens.Verified verify(String token) {
        try {
            SignedJWT parsed = SignedJWT.parse(token);
            if (expired(parsed.getJWTClaimsSet())) {
                throw Problem.unauthorized("the access token is invalid or has expired");
            }
            JWTClaimsSet claims = processor().process(parsed, null);
            if (!asTheIssuerMakesThem(claims, keys)) {
                throw Problem.unauthorized("the access token is invalid or has expired");
            }
            String username = claims.getStringClaim("preferred_username");
            return new VerifiedTokens.Verified(
                    new Caller(claims.getSubject(), username, token),
                    claims.getExpirationTime().toInstant());
        } catch (ParseException | BadJOSEException e) {
            throw Problem.unauthorized("the access token is invalid or has expired");
        } catch (JOSEException e) {
            throw Refusal.roleUnavailable(keys.issuingRole(), "the keys that verify access tokens could not be had");
        }
    }

    /**
     * Past its expiry by more than the clock skew, read before the signature is checked: refused either way,
     * so a client that keeps sending its expired token (an open tab, a retry loop) costs no ES256 check, the
     * most expensive step of a request. The same bound as the claims verifier's after the check.
     */
    private boolean expired(JWTClaimsSet claims) {
        Date expires = claims.getExpirationTime();
        return expires != null && expires.toInstant().plus(keys.clockSkew()).isBefore(Instant.now());
    }

    private static boolean asTheIssuerMakesThem(JWTClaimsSet claims, AccessTokenKeys keys) {
        Instant issued = claims.getIssueTime().toInstant();
        Instant expires = claims.getExpirationTime().toInstant();
        return !issued.isAfter(Instant.now().plus(keys.clockSkew()))
                && Duration.between(issued, expires).compareTo(keys.maxLifetime()) <= 0
                && USER_ID.matcher(claims.getSubject()).matches();
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            current = new DefaultJWTProcessor<>();
            current.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys.verificationKeys()));
            DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                    new JWTClaimsSet.Builder().issuer(AccessTokenKeys.ISSUER).build(),
                    Set.of("sub", "exp", "iat", "preferred_username"));
            verifier.setMaxClockSkew((int) keys.clockSkew().toSeconds());
            current.setJWTClaimsSetVerifier(verifier);
            processor = current;
        }
        return current;
    }
}
