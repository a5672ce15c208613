package geventator.users;

import geventator.users.api.UserSummary;
import java.time.Instant;
import java.util.Locale;

/**
 * An account. Its id is 24 lower-case hexadecimal digits; username and email are unique regardless of case;
 * the hash is an Argon2id PHC string.
 */
record User(
        String id,
        String username,
        String email,
        String displayName,
        String passwordHash,
        Instant createdAt,
        Instant updatedAt) {

    static String key(String usernameOrEmail) {
        return usernameOrEmail.trim().toLowerCase(Locale.ROOT);
    }

    UserSummary summary() {
        return new UserSummary(id, username, displayName);
    }

    User withProfile(String newEmail, String newDisplayName, Instant now) {
        return new User(id, username, newEmail, newDisplayName, passwordHash, createdAt, now);
    }
}
