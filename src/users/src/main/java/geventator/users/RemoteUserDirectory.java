package geventator.users;

import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.Peer;
import geventator.users.api.UserDirectory;
import geventator.users.api.UserSummary;
import java.util.Optional;

/** The user directory when the user role runs elsewhere: its HTTP API, with the caller's token. */
final class RemoteUserDirectory implements UserDirectory {

    private final Peer peer;

    RemoteUserDirectory(Peer peer) {
        this.peer = peer;
    }

    @Override
    public Optional<UserSummary> findById(String id, Caller caller) {
        if (!Ids.isValid(id)) {
            return Optional.empty();
        }
        return peer.get("/users/" + id, caller).found(UserSummary.class);
    }

    @Override
    public Optional<UserSummary> findByUsername(String username, Caller caller) {
        if (!Accounts.isUsername(username)) {
            return Optional.empty();
        }
        return peer.get("/users/by-username/" + username, caller).found(UserSummary.class);
    }
}
