package geventator.events.api;

import geventator.platform.Caller;
import java.util.Optional;

/**
 * A hook through which another module can keep an event's currency as it is, such as the ledger once it holds
 * entries: amounts on record are in that currency, and a new one would change what they mean. The event role
 * consults it, when one is published, before it changes a currency; the module that publishes it depends on
 * this module, never the other way round.
 */
public interface CurrencyLock {

    /** Why the event's currency must stay as it is, or empty when it may change. */
    Optional<String> reasonToKeepCurrency(String eventId, Caller caller);
}
