package geventator.transactions;

import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.transactions.api.Ledgers;
import java.util.List;

/**
 * The transaction role's composition root. Where the role runs, it keeps the ledger; elsewhere it publishes
 * HTTP clients of it, so that the event role can ask whether an event's ledger still holds entries.
 */
public final class TransactionsModule implements RoleModule {

    @Override
    public String role() {
        return "transaction";
    }

    @Override
    public List<Class<?>> provides() {
        return List.of(Ledgers.class);
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
        if (!context.isLocal()) {
            RemoteLedgers remote = new RemoteLedgers(context.peer());
            context.publish(Ledgers.class, remote);
            context.contribute(EventDeletionGuard.class, new LedgerDeletionGuard(remote));
            return Routes.NONE;
        }
        Entries entries = new MongoEntries(context.database("transactions"));
        Budgets budgets = new MongoBudgets(context.database("transactions"));
        EventGate events = new DirectoryGate(context.api(EventDirectory.class));
        Access access = new Access(events);
        Exporting exporting = new Exporting(entries, access);
        Ledgers local = exporting::summary;
        context.publish(Ledgers.class, local);
        context.contribute(EventDeletionGuard.class, new LedgerDeletionGuard(local));
        Drafting drafting = new Drafting(events);
        Ledger ledger = new Ledger(entries, access, drafting, context.json(), context.clock());
        return new LedgerRoutes(
                ledger,
                new Balances(entries, budgets, access),
                new Budgeting(budgets, access, events, context.clock()),
                new Settling(entries, access, events, ledger),
                new LedgerCsv(entries, access, events, context.clock()),
                exporting,
                context.clock())::addTo;
    }
}
