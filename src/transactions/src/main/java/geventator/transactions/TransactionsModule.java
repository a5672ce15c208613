package geventator.transactions;

import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.transactions.api.Ledgers;
import io.javalin.config.RoutesConfig;

/**
 * The transaction role's composition root. Where the role runs, it keeps the ledger; elsewhere it publishes
 * HTTP clients of it, so that the event role can ask whether an event's ledger still holds entries.
 */
public final class TransactionsModule implements RoleModule {

    private Entries entries;
    private Budgets budgets;

    @Override
    public String role() {
        return "transaction";
    }

    @Override
    public void publish(ModuleContext context) {
        if (!context.isLocal()) {
            RemoteLedgers remote = new RemoteLedgers(context.peer());
            context.publish(Ledgers.class, remote);
            context.publish(EventDeletionGuard.class, new LedgerDeletionGuard(remote));
            return;
        }
        entries = new MongoEntries(context.database("transactions"));
        budgets = new MongoBudgets(context.database("transactions"));
        Ledgers local = (eventId, caller) -> new Exporting(entries, new Access(gate(context))).summary(eventId, caller);
        context.publish(Ledgers.class, local);
        context.publish(EventDeletionGuard.class, new LedgerDeletionGuard(local));
    }

    @Override
    public void serve(ModuleContext context, RoutesConfig routes) {
        EventGate events = gate(context);
        Access access = new Access(events);
        Drafting drafting = new Drafting(events);
        Ledger ledger = new Ledger(entries, access, drafting, context.json(), context.clock());
        new LedgerRoutes(
                        ledger,
                        new Balances(entries, budgets, access),
                        new Budgeting(budgets, access, events, context.clock()),
                        new Settling(entries, access, events, ledger),
                        new LedgerCsv(entries, access, events, context.clock()),
                        new Exporting(entries, access),
                        context.clock())
                .addTo(routes);
    }

    /** Looked up lazily: the event role's API is published by its own module, in any order. */
    private static EventGate gate(ModuleContext context) {
        return new DirectoryGate(() -> context.api(EventDirectory.class));
    }
}
