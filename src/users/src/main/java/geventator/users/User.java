package geventator.users;

import geventator.users.api.UserSummary;
import java.time.Instant;
import java.util.Locale;
import org.bson.types.ObjectId;

/** An account. Username and email are unique regardless of case; the hash is an Argon2id PHC string. */
record User(
        ObjectId id,
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
        return new UserSummary(id.toHexString(), username, displayName);
    }

    User withProfile(String newEmail, String newDisplayName, Instant now) {
        return new User(id, username, newEmail, newDisplayName, passwordHash, createdAt, now);
    }
}
