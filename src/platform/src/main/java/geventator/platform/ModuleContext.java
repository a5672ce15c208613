package geventator.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What the platform hands a role module while it starts: its settings, its database, the APIs it needs. */
public interface ModuleContext {

    Settings settings();

    /** True when this module's role runs in this process. */
    boolean isLocal();

    /**
     * The module's own database, named {@code <database-prefix>_<name>}. Only a local module has one; a
     * module never opens another module's database. Only the composition root and the store touch it.
     */
    MongoDatabase database(String name);

    /** The directory for the embedded database and files a module keeps, such as generated keys. */
    Path dataDir();

    /** Publishes {@code implementation} as the one implementation of {@code api}, one of {@link RoleModule#provides()}. */
    <T> void publish(Class<T> api, T implementation);

    /** The implementation of {@code api}, one of {@link RoleModule#needs()}: its provider has started already. */
    <T> T api(Class<T> api);

    /**
     * Fills a hook that another module offers, one of {@link RoleModule#contributes()}: a way for a module to be
     * asked something by a module it does not depend on, such as the ledger vetoing an event's deletion.
     */
    <T> void contribute(Class<T> hook, T implementation);

    /**
     * Every implementation of {@code hook} contributed by the modules of this process. The list is complete once
     * start-up has finished (requests are served only then); reading it earlier throws.
     */
    <T> Hooks<T> hooks(Class<T> hook);

    /** An HTTP client to this module's role at its configured URL, for the API clients of split roles. */
    Peer peer();

    ObjectMapper json();

    Clock clock();

    /** The contributions to one hook, complete once the process has started. */
    interface Hooks<T> {
        List<T> all();
    }
}
