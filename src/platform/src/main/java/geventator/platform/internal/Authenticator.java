package geventator.platform.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Caller;
import geventator.platform.Refusal;
import geventator.platform.http.Problem;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verifies bearer access tokens locally against the issuer's public keys: no call to the user role per
 * request. Only ES256 is accepted, so a token cannot choose a weaker algorithm. A token must also look as
 * the issuer makes them: issued no later than now (give or take the clock skew), living no longer than the
 * issuer's maximum, for a subject that is a user id.
 */
public final class Authenticator {

    private static final Pattern USER_ID = Pattern.compile("[0-9a-f]{24}");

    private final AccessTokenKeys keys;
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    public Authenticator(AccessTokenKeys keys) {
        this.keys = keys;
    }

    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw Problem.unauthorized("send an access token as 'Authorization: Bearer <token>'");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.unauthorized("the Authorization header must use the Bearer scheme");
        }
        String token = authorization.substring(7).trim();
        try {
            JWTClaimsSet claims = processor().process(token, null);
            if (!asTheIssuerMakesThem(claims, keys)) {
                throw Problem.unauthorized("the access token is invalid or has expired");
            }
            String username = claims.getStringClaim("preferred_username");
            return new Caller(claims.getSubject(), username, token);
        } catch (ParseException | BadJOSEException e) {
            throw Problem.unauthorized("the access token is invalid or has expired");
        } catch (JOSEException e) {
            throw Refusal.roleUnavailable(keys.issuingRole(), "the keys that verify access tokens could not be had");
        }
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
