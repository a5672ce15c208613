package geventator.transactions;

import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.transactions.api.Ledgers;
import geventator.transactions.ledger.Balancing;
import geventator.transactions.ledger.Bookkeeping;
import geventator.transactions.ledger.Budgeting;
import geventator.transactions.ledger.Budgets;
import geventator.transactions.ledger.DirectoryGate;
import geventator.transactions.ledger.Entries;
import geventator.transactions.ledger.EventGate;
import geventator.transactions.ledger.Exporting;
import geventator.transactions.ledger.Importing;
import geventator.transactions.ledger.LocalLedgers;
import geventator.transactions.ledger.Settling;
import geventator.transactions.store.MongoBudgets;
import geventator.transactions.store.MongoEntries;
import geventator.transactions.web.BudgetRoutes;
import geventator.transactions.web.EntryRoutes;
import geventator.transactions.web.FileRoutes;
import geventator.transactions.web.SettleUpRoutes;
import io.javalin.config.RoutesConfig;

/**
 * The transaction role's composition root. Where the role runs, it keeps the ledger; elsewhere it publishes
 * HTTP clients of it, so that the event role can ask whether an event's ledger still holds entries.
 */
public final class TransactionsModule implements RoleModule {

    private Entries entries;
    private Budgets budgets;
    private LocalLedgers ledgers;

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
        var database = context.database("transactions");
        entries = new MongoEntries(database);
        budgets = new MongoBudgets(database);
        ledgers = new LocalLedgers(entries, gate(context));
        context.publish(Ledgers.class, ledgers);
        context.publish(EventDeletionGuard.class, new LedgerDeletionGuard(ledgers));
    }

    @Override
    public void serve(ModuleContext context, RoutesConfig routes) {
        EventGate events = gate(context);
        Bookkeeping bookkeeping = new Bookkeeping(entries, events, context.json(), context.clock());
        new EntryRoutes(bookkeeping, ledgers).addTo(routes);
        new BudgetRoutes(new Balancing(entries, budgets, events), new Budgeting(budgets, events, context.clock()))
                .addTo(routes);
        new SettleUpRoutes(new Settling(entries, events, bookkeeping)).addTo(routes);
        new FileRoutes(new Exporting(entries, events), new Importing(entries, events, context.clock()), context.clock())
                .addTo(routes);
    }

    /** Looked up lazily: the event role's API is published by its own module, in any order. */
    private static EventGate gate(ModuleContext context) {
        return new DirectoryGate(() -> context.api(EventDirectory.class));
    }
}
