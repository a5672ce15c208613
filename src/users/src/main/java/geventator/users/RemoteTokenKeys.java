package geventator.users;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import geventator.platform.AccessTokenKeys;
import geventator.platform.Peer;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;

/**
 * The user role's public keys, fetched from its {@code /.well-known/jwks.json} when first needed and cached,
 * so that verifying a token calls nobody; fetched again when a token names a key not yet seen.
 */
final class RemoteTokenKeys implements AccessTokenKeys {

    private static final int MAX_JWKS_BYTES = 64 * 1024;
    private final JWKSource<SecurityContext> source;
    private final Duration maxLifetime;
    private final Duration clockSkew;

    private final String role;

    RemoteTokenKeys(Peer peer, Duration maxLifetime, Duration clockSkew) {
        this.role = peer.role();
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
        try {
            URL url = peer.baseUrl().resolve("/.well-known/jwks.json").toURL();
            int connect = (int) peer.connectTimeout().toMillis();
            int read = (int) peer.timeout().toMillis();
            this.source = JWKSourceBuilder.create(url, new DefaultResourceRetriever(connect, read, MAX_JWKS_BYTES))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("invalid " + peer.role() + "-url", e);
        }
    }

    @Override
    public JWKSource<SecurityContext> verificationKeys() {
        return source;
    }

    @Override
    public Duration maxLifetime() {
        return maxLifetime;
    }

    @Override
    public Duration clockSkew() {
        return clockSkew;
    }

    @Override
    public String issuingRole() {
        return role;
    }
}
