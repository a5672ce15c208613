package geventator.events;

import geventator.events.api.CurrencyLock;
import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import io.javalin.config.RoutesConfig;

/**
 * Stands in for the transaction role in this module's tests: a role module that publishes the deletion guard
 * and the currency lock, and keeps every event whose name mentions a ledger (and its currency), asking the
 * event directory as the real one would.
 */
public final class KeepingLedger implements RoleModule {

    @Override
    public String role() {
        return "keeping-ledger";
    }

    @Override
    public void publish(ModuleContext context) {
        EventDeletionGuard guard = (eventId, caller) -> context.api(EventDirectory.class)
                .access(eventId, caller)
                .filter(event -> event.name().contains("ledger"))
                .map(event -> "the ledger of " + event.name() + " has entries");
        context.publish(EventDeletionGuard.class, guard);
        CurrencyLock lock = (eventId, caller) -> context.api(EventDirectory.class)
                .access(eventId, caller)
                .filter(event -> event.name().contains("ledger"))
                .map(event -> "the ledger of " + event.name() + " has entries in " + event.currency());
        context.publish(CurrencyLock.class, lock);
    }

    @Override
    public void serve(ModuleContext context, RoutesConfig routes) {
        // no routes: it only vetoes deletions
    }
}
