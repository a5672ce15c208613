package geventator.events;

import geventator.platform.Caller;
import geventator.platform.Peer;
import geventator.platform.PeerResponse;
import geventator.platform.Refusal;
import geventator.users.api.AccountClosing;
import java.util.Arrays;
import java.util.List;

/** The event role's part in closing an account when it runs elsewhere: its internal endpoint, with the caller's token. */
final class RemoteAccountClosing implements AccountClosing {

    static final String PATH = "/internal/account-closing";

    private final Peer peer;

    RemoteAccountClosing(Peer peer) {
        this.peer = peer;
    }

    @Override
    public List<Holding> holdings(Caller caller) {
        return Arrays.asList(peer.get(PATH, caller)
                .found(Holding[].class)
                .orElseThrow(() -> Refusal.roleUnavailable(peer.role(), "answered 404 to " + PATH)));
    }

    @Override
    public void close(Caller caller) {
        PeerResponse answer = peer.post(PATH, caller);
        switch (answer.status()) {
            case 204 -> {}
            case 409 -> throw kept(answer);
            case 401 -> throw Refusal.unauthenticated("the " + peer.role() + " role did not accept the access token");
            default -> throw Refusal.roleUnavailable(peer.role(), "answered " + answer.status());
        }
    }

    /** The holdings a 409 of the event role names, refused here again in the same terms. */
    private static Refusal kept(PeerResponse answer) {
        HoldingsProblem problem = answer.body(HoldingsProblem.class);
        return Refusal.conflict("account-holds-events", problem.detail())
                .with("holdings", problem.holdings() == null ? List.of() : problem.holdings());
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record HoldingsProblem(String detail, List<Holding> holdings) {}
}
