package geventator.users;

import java.time.Instant;
import java.util.Optional;

/**
 * Where refresh tokens are kept, by the hash of the token only. Tokens of one sign-in form a family: each
 * refresh replaces the token with a new one of the same family.
 */
interface RefreshTokens {

    /**
     * A stored refresh token; {@code replaced} once it has been used. {@code credential} is a hash of the
     * password hash its family began with, so a changed password ends the family even if a refresh raced
     * the change.
     */
    record Stored(String hash, String family, String userId, String credential, Instant expiresAt, boolean replaced) {}

    void add(Stored token);

    Optional<Stored> byHash(String hash);

    /** Marks the token used, only if it was not yet: false when another use got there first. */
    boolean markReplaced(String hash);

    void removeFamily(String family);

    void removeAllOf(String userId);
}
