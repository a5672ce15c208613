package geventator.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Optional;

/** What the platform hands a role module: its settings, its database, the other modules' APIs. */
public interface ModuleContext {

    Settings settings();

    /** True when this module's role runs in this process. */
    boolean isLocal();

    /**
     * The module's own database, named {@code <database-prefix>_<name>}. Only a local module has one; a
     * module never opens another module's database.
     */
    MongoDatabase database(String name);

    /** Makes {@code implementation} the one answer to {@link #api(Class)} for {@code api}. */
    <T> void publish(Class<T> api, T implementation);

    /** The published implementation of another module's API. Fails when no module published it. */
    <T> T api(Class<T> api);

    /**
     * The published implementation of an API that may have none, such as a hook another module may or may
     * not fill (a module that must veto something it does not depend on).
     */
    <T> Optional<T> optionalApi(Class<T> api);

    /** An HTTP client to this module's role at its configured URL, for the API clients of split roles. */
    Peer peer();

    ObjectMapper json();

    Clock clock();
}
