package geventator.events.api;

import geventator.platform.Caller;
import java.util.Optional;

/**
 * A hook through which another module can refuse the deletion of an event, such as the ledger while it
 * has entries. The event role consults it when one is published; the module that publishes it depends on
 * this module, never the other way round.
 */
public interface EventDeletionGuard {

    /** Why the event must be kept, or empty when it may be deleted. */
    Optional<String> reasonToKeep(String eventId, Caller caller);
}
