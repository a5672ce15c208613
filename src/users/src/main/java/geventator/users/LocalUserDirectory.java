package geventator.users;

import geventator.platform.Caller;
import geventator.users.api.UserDirectory;
import geventator.users.api.UserSummary;
import java.util.Optional;

/** The user directory when the user role runs in this process. */
final class LocalUserDirectory implements UserDirectory {

    private final Accounts accounts;

    LocalUserDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<UserSummary> findById(String id, Caller caller) {
        return accounts.byId(id).map(User::summary);
    }

    @Override
    public Optional<UserSummary> findByUsername(String username, Caller caller) {
        return accounts.byUsername(username).map(User::summary);
    }
}
