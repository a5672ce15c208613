package geventator.events;

import geventator.events.api.AccountSummary;
import geventator.platform.Caller;
import geventator.platform.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The HTTP API of an event's own accounts. */
final class AccountRoutes {

    record AccountName(String name) {}

    private final EventAccounts accounts;

    AccountRoutes(EventAccounts accounts) {
        this.accounts = accounts;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/events/{eventId}/accounts", this::list);
        routes.post("/events/{eventId}/accounts", this::add);
        routes.patch("/events/{eventId}/accounts/{accountId}", this::rename);
    }

    private void list(Context ctx) {
        ctx.json(accounts.of(Requests.id(ctx, "eventId"), Requests.caller(ctx)));
    }

    private void add(Context ctx) {
        Caller caller = Requests.caller(ctx);
        var eventId = Requests.id(ctx, "eventId");
        AccountSummary added = accounts.add(
                eventId, caller, Requests.body(ctx, AccountName.class).name());
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/events/" + eventId + "/accounts/" + added.id())
                .json(added);
    }

    private void rename(Context ctx) {
        Caller caller = Requests.caller(ctx);
        ctx.json(accounts.rename(
                Requests.id(ctx, "eventId"),
                caller,
                Requests.id(ctx, "accountId"),
                Requests.body(ctx, AccountName.class).name()));
    }
}
