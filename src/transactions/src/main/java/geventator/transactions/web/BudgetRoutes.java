package geventator.transactions.web;

import static geventator.transactions.web.LedgerParameters.BASE;
import static geventator.transactions.web.LedgerParameters.eventId;

import geventator.platform.http.Requests;
import geventator.transactions.ledger.Balancing;
import geventator.transactions.ledger.Budgeting;
import geventator.transactions.web.BudgetBodies.BalanceView;
import geventator.transactions.web.BudgetBodies.BudgetRequest;
import geventator.transactions.web.BudgetBodies.BudgetView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** An event's budget, and its balance held against it. */
public final class BudgetRoutes {

    private final Balancing balancing;
    private final Budgeting budgeting;

    public BudgetRoutes(Balancing balancing, Budgeting budgeting) {
        this.balancing = balancing;
        this.budgeting = budgeting;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(BASE + "/balance", this::balance);
        routes.get(BASE + "/budget", this::budget);
        routes.put(BASE + "/budget", this::setBudget);
    }

    private void balance(Context ctx) {
        ctx.json(new BalanceView(balancing.balance(eventId(ctx), Requests.caller(ctx))));
    }

    private void budget(Context ctx) {
        var caller = Requests.caller(ctx);
        ctx.json(new BudgetView(budgeting.budget(eventId(ctx), caller)));
    }

    private void setBudget(Context ctx) {
        var caller = Requests.caller(ctx);
        BudgetRequest body = LedgerJson.bodyOfDecimalMaps(ctx, BudgetRequest.class, "categories", "activities");
        ctx.json(new BudgetView(budgeting.setBudget(eventId(ctx), caller, body.categories(), body.activities())));
    }
}
