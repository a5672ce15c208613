package geventator.events;

import geventator.platform.http.Requests;
import geventator.users.api.AccountClosing;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The endpoint behind {@link RemoteAccountClosing}: what the caller's account holds in this role, and the
 * removal of the caller from it. It acts only on the caller's own memberships, with the caller's token.
 */
final class AccountClosingRoutes {

    private final AccountClosing closing;

    AccountClosingRoutes(AccountClosing closing) {
        this.closing = closing;
    }

    void addTo(RoutesConfig routes) {
        routes.get(RemoteAccountClosing.PATH, this::holdings);
        routes.post(RemoteAccountClosing.PATH, this::close);
    }

    private void holdings(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(closing.holdings(Requests.caller(ctx)));
    }

    private void close(Context ctx) {
        closing.close(Requests.caller(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
