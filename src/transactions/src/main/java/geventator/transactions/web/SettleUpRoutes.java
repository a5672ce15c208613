package geventator.transactions.web;

import static geventator.transactions.web.LedgerParameters.BASE;
import static geventator.transactions.web.LedgerParameters.eventId;

import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import geventator.transactions.ledger.ClosingOut;
import geventator.transactions.ledger.SettleUp.Party;
import geventator.transactions.ledger.Settling;
import geventator.transactions.web.SettleUpBodies.CloseOutRequest;
import geventator.transactions.web.SettleUpBodies.CloseOutView;
import geventator.transactions.web.SettleUpBodies.ClosedView;
import geventator.transactions.web.SettleUpBodies.SettleUpView;
import geventator.transactions.web.SettleUpBodies.TransferRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Who owes whom in an event, recording a transfer that squares two parties, and closing the books. */
public final class SettleUpRoutes {

    private final Settling settling;
    private final ClosingOut closingOut;

    public SettleUpRoutes(Settling settling, ClosingOut closingOut) {
        this.settling = settling;
        this.closingOut = closingOut;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(BASE + "/settle-up", this::settleUp);
        routes.post(BASE + "/settle-up/transfers", this::recordTransfer);
        routes.get(BASE + "/close-out", this::closeOut);
        routes.post(BASE + "/close-out", this::confirmCloseOut);
    }

    private void closeOut(Context ctx) {
        ctx.json(new CloseOutView(closingOut.statement(eventId(ctx), Requests.caller(ctx))));
    }

    private void confirmCloseOut(Context ctx) {
        var caller = Requests.caller(ctx);
        CloseOutRequest body = Requests.body(ctx, CloseOutRequest.class);
        ctx.json(ClosedView.of(closingOut.confirm(eventId(ctx), caller, body.version(), body.reason())));
    }

    private void settleUp(Context ctx) {
        ctx.json(new SettleUpView(settling.statement(eventId(ctx), Requests.caller(ctx))));
    }

    private void recordTransfer(Context ctx) {
        var caller = Requests.caller(ctx);
        TransferRequest body =
                LedgerJson.body(ctx, TransferRequest.class, "amount").value();
        Party from = party("from", body.from(), "fromAccount", body.fromAccount());
        Party to = party("to", body.to(), "toAccount", body.toAccount());
        var recorded = settling.recordTransfer(
                eventId(ctx),
                caller,
                from,
                to,
                body.amount(),
                Boolean.TRUE.equals(body.overpayment()),
                LedgerParameters.idempotencyKey(ctx));
        EntryRoutes.created(ctx, recorded);
    }

    /** Exactly one of a member and an account names a side of the transfer. */
    private static Party party(String memberField, String member, String accountField, String account) {
        if ((member == null) == (account == null)) {
            throw Problem.invalid(
                    memberField,
                    "name the member (" + memberField + ") or the account (" + accountField + "), one of them");
        }
        return member != null ? Party.member(member) : Party.account(account);
    }
}
