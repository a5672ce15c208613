package geventator.transactions;

import geventator.events.api.CurrencyLock;
import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.transactions.api.Ledgers;
import geventator.transactions.ledger.Balancing;
import geventator.transactions.ledger.Bookkeeping;
import geventator.transactions.ledger.Budgeting;
import geventator.transactions.ledger.Budgets;
import geventator.transactions.ledger.ClosingOut;
import geventator.transactions.ledger.DirectoryGate;
import geventator.transactions.ledger.Entries;
import geventator.transactions.ledger.EventGate;
import geventator.transactions.ledger.Exporting;
import geventator.transactions.ledger.Importing;
import geventator.transactions.ledger.LocalLedgers;
import geventator.transactions.ledger.Settling;
import geventator.transactions.store.MongoBalanceSheets;
import geventator.transactions.store.MongoBudgets;
import geventator.transactions.store.MongoEntries;
import geventator.transactions.web.BudgetRoutes;
import geventator.transactions.web.EntryRoutes;
import geventator.transactions.web.FileRoutes;
import geventator.transactions.web.SettleUpRoutes;
import java.time.Clock;
import java.util.List;

/**
 * The transaction role's composition root. Where the role runs, it keeps the ledger; elsewhere it publishes
 * HTTP clients of it, so that the event role can ask whether an event's ledger still holds entries (to keep
 * the event, and its currency).
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
        return List.of(EventDeletionGuard.class, CurrencyLock.class);
    }

    @Override
    public Routes start(ModuleContext context) {
        if (!context.isLocal()) {
            RemoteLedgers remote = new RemoteLedgers(context.peer());
            context.publish(Ledgers.class, remote);
            context.contribute(EventDeletionGuard.class, new LedgerDeletionGuard(remote));
            context.contribute(CurrencyLock.class, new LedgerCurrencyLock(remote));
            return Routes.NONE;
        }
        var database = context.database("transactions");
        Entries entries = new MongoEntries(database);
        Budgets budgets = new MongoBudgets(database);
        EventGate events = new DirectoryGate(context.api(EventDirectory.class));
        LocalLedgers ledgers = new LocalLedgers(entries, events);
        context.publish(Ledgers.class, ledgers);
        context.contribute(EventDeletionGuard.class, new LedgerDeletionGuard(ledgers));
        context.contribute(CurrencyLock.class, new LedgerCurrencyLock(ledgers));
        Clock clock = context.clock();
        Bookkeeping bookkeeping = new Bookkeeping(entries, events, context.json(), clock);
        EntryRoutes entryRoutes = new EntryRoutes(bookkeeping, ledgers);
        BudgetRoutes budgetRoutes = new BudgetRoutes(
                new Balancing(new MongoBalanceSheets(database, entries, budgets), events),
                new Budgeting(budgets, events, clock));
        Settling settling = new Settling(entries, events, bookkeeping);
        SettleUpRoutes settleUpRoutes = new SettleUpRoutes(settling, new ClosingOut(settling, bookkeeping, events));
        FileRoutes fileRoutes =
                new FileRoutes(new Exporting(entries, events), new Importing(entries, events, clock), clock);
        return routes -> {
            entryRoutes.addTo(routes);
            budgetRoutes.addTo(routes);
            settleUpRoutes.addTo(routes);
            fileRoutes.addTo(routes);
        };
    }
}
