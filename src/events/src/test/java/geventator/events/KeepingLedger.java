package geventator.events;

import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import java.util.List;

/**
 * Stands in for the transaction role in this module's tests: a role module that publishes the deletion guard
 * and keeps every event whose name mentions a ledger, asking the event directory as the real one would.
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
        return List.of(EventDeletionGuard.class);
    }

    @Override
    public Routes start(ModuleContext context) {
        EventDirectory events = context.api(EventDirectory.class);
        EventDeletionGuard guard = (eventId, caller) -> events.access(eventId, caller)
                .filter(event -> event.name().contains("ledger"))
                .map(event -> "the ledger of " + event.name() + " has entries");
        context.contribute(EventDeletionGuard.class, guard);
        return Routes.NONE; // it only vetoes deletions
    }
}
