package geventator.platform;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The public keys that verify access tokens. The module that issues tokens publishes them: its own keys
 * in-process, or its {@code /.well-known/jwks.json} fetched once and cached when it runs elsewhere.
 */
public interface AccessTokenKeys {

    /** The issuer every verified token must name. */
    String ISSUER = "geventator";

    JWKSource<SecurityContext> verificationKeys();

    /** The role that issues the tokens, named when its keys cannot be had. */
    String issuingRole();
}
