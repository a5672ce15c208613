package geventator.users;

import java.util.Optional;

/** Where accounts are kept. Ids are 24 lower-case hexadecimal digits. */
interface Users {

    /** Stores a new account; throws {@link Taken} when its username or email is already someone's. */
    void add(User user);

    Optional<User> byId(String id);

    /** By username or email, regardless of case. */
    Optional<User> byLogin(String usernameOrEmail);

    Optional<User> byUsername(String username);

    /** Replaces email and display name; throws {@link Taken} when the email is someone else's. */
    boolean updateProfile(User user);

    /** Replaces the hash only if it is still {@code expectedHash}, so two concurrent changes cannot both win. */
    boolean replacePasswordHash(String id, String expectedHash, String newHash);

    boolean remove(String id);

    /** A username or email that belongs to another account. */
    final class Taken extends RuntimeException {
        private final String field;

        Taken(String field) {
            super(field + " is taken", null, false, false);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
