package geventator.users;

import geventator.platform.Caller;
import geventator.platform.Peer;
import geventator.platform.PeerResponse;
import geventator.platform.http.Problem;
import geventator.users.api.UserDirectory;
import geventator.users.api.UserSummary;
import java.util.Optional;
import org.bson.types.ObjectId;

/** The user directory when the user role runs elsewhere: its HTTP API, with the caller's token. */
final class RemoteUserDirectory implements UserDirectory {

    private final Peer peer;

    RemoteUserDirectory(Peer peer) {
        this.peer = peer;
    }

    @Override
    public Optional<UserSummary> findById(String id, Caller caller) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return read(peer.get("/users/" + id, caller));
    }

    @Override
    public Optional<UserSummary> findByUsername(String username, Caller caller) {
        if (!Accounts.isUsername(username)) {
            return Optional.empty();
        }
        return read(peer.get("/users/by-username/" + username, caller));
    }

    private Optional<UserSummary> read(PeerResponse response) {
        return switch (response.status()) {
            case 200 -> Optional.of(response.body(UserSummary.class));
            case 404 -> Optional.empty();
            case 401 -> throw Problem.unauthorized("the user role did not accept the access token");
            default -> throw Problem.roleUnavailable(peer.role(), "answered " + response.status());
        };
    }
}
