package geventator.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Caller;
import geventator.platform.http.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The bearer check with real ES256 tokens signed here. A token past its expiry (beyond the clock skew) is
 * refused before its signature is checked, which the key source sees: it is never asked for a key.
 */
class AuthenticatorTest {

    static final Duration SKEW = Duration.ofSeconds(30);
    static final String USER = "0123456789abcdef01234567";

    final ECKey key = generate();
    final AtomicInteger keyLookups = new AtomicInteger();
    final Authenticator authenticator = new Authenticator(keys());

    @Test
    void a_valid_token_is_verified_with_the_issuers_key() {
        Caller caller = authenticator.authenticate("Bearer " + token(Instant.now(), Duration.ofMinutes(5)));

        assertThat(caller.userId()).isEqualTo(USER);
        assertThat(keyLookups).hasPositiveValue();
    }

    @Test
    void a_token_expired_beyond_the_skew_is_refused_without_a_signature_check() {
        String expired = token(Instant.now().minus(Duration.ofMinutes(10)), Duration.ofMinutes(5));

        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + expired))
                .isInstanceOf(Problem.class)
                .satisfies(e -> assertThat(((Problem) e).status()).isEqualTo(401));
        assertThat(keyLookups).hasValue(0);
    }

    @Test
    void a_token_expired_within_the_skew_still_holds_as_the_claims_verifier_allows() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(5)).minusSeconds(10);

        Caller caller = authenticator.authenticate("Bearer " + token(issued, Duration.ofMinutes(5)));

        assertThat(caller.userId()).isEqualTo(USER);
    }

    @Test
    void an_expired_token_with_a_forged_signature_gets_the_same_refusal_as_a_current_forged_one() {
        ECKey stranger = generate();
        String expired = token(stranger, Instant.now().minus(Duration.ofMinutes(10)), Duration.ofMinutes(5));
        String current = token(stranger, Instant.now(), Duration.ofMinutes(5));

        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + expired))
                .isInstanceOf(Problem.class)
                .hasMessage(message(() -> authenticator.authenticate("Bearer " + current)));
    }

    private static String message(Runnable refused) {
        try {
            refused.run();
        } catch (Problem e) {
            return e.getMessage();
        }
        throw new AssertionError("a forged token was accepted");
    }

    private String token(Instant issued, Duration lifetime) {
        return token(key, issued, lifetime);
    }

    private static String token(ECKey signer, Instant issued, Duration lifetime) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(signer.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .issuer(AccessTokenKeys.ISSUER)
                            .subject(USER)
                            .claim("preferred_username", "ana")
                            .issueTime(Date.from(issued))
                            .expirationTime(Date.from(issued.plus(lifetime)))
                            .build());
            jwt.sign(new ECDSASigner(signer));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private AccessTokenKeys keys() {
        JWKSet published = new JWKSet(key.toPublicJWK());
        JWKSource<SecurityContext> source = (JWKSelector selector, SecurityContext context) -> {
            keyLookups.incrementAndGet();
            List<JWK> selected = selector.select(published);
            return selected;
        };
        return new AccessTokenKeys() {
            @Override
            public JWKSource<SecurityContext> verificationKeys() {
                return source;
            }

            @Override
            public Duration maxLifetime() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration clockSkew() {
                return SKEW;
            }

            @Override
            public String issuingRole() {
                return "user";
            }
        };
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID("k" + System.nanoTime())
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
