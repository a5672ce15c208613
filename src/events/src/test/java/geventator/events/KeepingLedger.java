package geventator.events;

import geventator.events.api.CurrencyLock;
import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import java.util.List;

/**
 * Stands in for the transaction role in this module's tests: a role module that fills the deletion guard and
 * the currency lock, and keeps every event whose name mentions a ledger (and its currency), asking the event
 * directory as the real one would.
 */
public final class KeepingLedger implements RoleModule {

    @Override
    public String role() {
        return "keeping-ledger";
    }

    @Override
    public List<Class<?>> provides() {
        return List.of();
    }

    @Override
    public List<Class<?>> needs() {
        return List.of(EventDirectory.class);
    }

    @Override
    public List<Class<?>> contributes() {
        return List.of(EventDeletionGuard.class, CurrencyLock.class);
    }

    @Override
    public Routes start(ModuleContext context) {
        EventDirectory events = context.api(EventDirectory.class);
        EventDeletionGuard guard = (eventId, caller) -> events.access(eventId, caller)
                .filter(event -> event.name().contains("ledger"))
                .map(event -> "the ledger of " + event.name() + " has entries");
        context.contribute(EventDeletionGuard.class, guard);
        CurrencyLock lock = (eventId, caller) -> events.access(eventId, caller)
                .filter(event -> event.name().contains("ledger"))
                .map(event -> "the ledger of " + event.name() + " has entries in " + event.currency());
        context.contribute(CurrencyLock.class, lock);
        return Routes.NONE; // it only vetoes deletions and currency changes
    }
}
