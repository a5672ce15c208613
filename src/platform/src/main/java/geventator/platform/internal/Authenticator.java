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
import java.util.Set;

/**
 * Verifies bearer access tokens locally against the issuer's public keys: no call to the user role per
 * request. Only ES256 is accepted, so a token cannot choose a weaker algorithm.
 */
public final class Authenticator {

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
            String username = claims.getStringClaim("preferred_username");
            return new Caller(claims.getSubject(), username, token);
        } catch (ParseException | BadJOSEException e) {
            throw Problem.unauthorized("the access token is invalid or has expired");
        } catch (JOSEException e) {
            throw Refusal.roleUnavailable(keys.issuingRole(), "the keys that verify access tokens could not be had");
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            current = new DefaultJWTProcessor<>();
            current.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys.verificationKeys()));
            current.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    new JWTClaimsSet.Builder().issuer(AccessTokenKeys.ISSUER).build(),
                    Set.of("sub", "exp", "iat", "preferred_username")));
            processor = current;
        }
        return current;
    }
}
