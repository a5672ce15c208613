package geventator.platform.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.Key;

/** The services the platform registers once on the server, read by the request helpers by typed key. */
public final class AppKeys {

    public static final Key<Authenticator> AUTHENTICATOR = new Key<>("geventator.authenticator");
    public static final Key<ObjectMapper> JSON = new Key<>("geventator.json");

    private AppKeys() {}
}
