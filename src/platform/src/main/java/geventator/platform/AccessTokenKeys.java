package geventator.platform;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;

/**
 * The public keys that verify access tokens. The module that issues tokens publishes them: its own keys
 * in-process, or its {@code /.well-known/jwks.json} fetched once and cached when it runs elsewhere.
 */
public interface AccessTokenKeys {

    /** The issuer every verified token must name. */
    String ISSUER = "geventator";

    JWKSource<SecurityContext> verificationKeys();

    /**
     * The longest lifetime ({@code exp - iat}) a token may claim. A longer one is refused however it is
     * signed: only a holder of the signing key could have made it.
     */
    Duration maxLifetime();

    /** How far a verifier's clock may differ from the issuer's when {@code exp} and {@code iat} are checked. */
    Duration clockSkew();

    /** The role that issues the tokens, named when its keys cannot be had. */
    String issuingRole();
}
