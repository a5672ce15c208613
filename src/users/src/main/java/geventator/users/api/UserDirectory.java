package geventator.users.api;

import geventator.platform.Caller;
import java.util.Optional;

/** Finds users by id or username, on behalf of an authenticated caller. */
public interface UserDirectory {

    /** The user with this id; empty when there is none or the id is malformed. */
    Optional<UserSummary> findById(String id, Caller caller);

    /** The user with this username, compared regardless of case; empty when there is none. */
    Optional<UserSummary> findByUsername(String username, Caller caller);
}
