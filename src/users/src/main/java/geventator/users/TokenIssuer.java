package geventator.users;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import geventator.platform.AccessTokenKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * Signs access tokens: who (sub, preferred_username), by whom (iss), until when (exp), and in which session
 * (sid, the refresh-token family), so that signing out can name the session.
 */
final class TokenIssuer {

    static final String SESSION = "sid";

    record AccessToken(String token, Instant expiresAt, long expiresIn) {}

    private final SigningKeys keys;
    private final Duration lifetime;
    private final Clock clock;
    private final ECDSASigner signer;

    TokenIssuer(SigningKeys keys, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            this.signer = new ECDSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("the token signing key is unusable", e);
        }
    }

    AccessToken issue(User user, String session) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(AccessTokenKeys.ISSUER)
                .subject(user.id())
                .claim("preferred_username", user.username())
                .claim(SESSION, session)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .type(JOSEObjectType.JWT)
                        .keyID(keys.signingKey().getKeyID())
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new AccessToken(jwt.serialize(), expiresAt, lifetime.toSeconds());
    }
}
