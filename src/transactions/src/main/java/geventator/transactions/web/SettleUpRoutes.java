package geventator.transactions.web;

import static geventator.transactions.web.LedgerParameters.BASE;
import static geventator.transactions.web.LedgerParameters.eventId;

import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import geventator.transactions.ledger.Settling;
import geventator.transactions.web.SettleUpBodies.SettleUpView;
import geventator.transactions.web.SettleUpBodies.TransferRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Who owes whom in an event, and recording a transfer that squares two members. */
public final class SettleUpRoutes {

    private final Settling settling;

    public SettleUpRoutes(Settling settling) {
        this.settling = settling;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(BASE + "/settle-up", this::settleUp);
        routes.post(BASE + "/settle-up/transfers", this::recordTransfer);
    }

    private void settleUp(Context ctx) {
        ctx.json(new SettleUpView(settling.statement(eventId(ctx), Requests.caller(ctx))));
    }

    private void recordTransfer(Context ctx) {
        var caller = Requests.caller(ctx);
        TransferRequest body =
                LedgerJson.body(ctx, TransferRequest.class, "amount").value();
        if (body.from() == null || body.to() == null) {
            throw Problem.invalid(body.from() == null ? "from" : "to", "is required");
        }
        var recorded = settling.recordTransfer(
                eventId(ctx),
                caller,
                body.from(),
                body.to(),
                body.amount(),
                Boolean.TRUE.equals(body.overpayment()),
                LedgerParameters.idempotencyKey(ctx));
        EntryRoutes.created(ctx, recorded);
    }
}
