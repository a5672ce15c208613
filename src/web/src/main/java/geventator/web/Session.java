package geventator.web;

import java.time.Instant;

/**
 * One browser's session, kept on the server. {@code id} is the SHA-256 of the cookie's secret, so the
 * database never holds what the browser sends. {@code accessToken} (and {@code refreshToken}, once the user
 * role issues one) never leave the server.
 */
record Session(
        String id,
        String csrf,
        String userId,
        String username,
        String displayName,
        String accessToken,
        String refreshToken,
        Instant expiresAt,
        String flash,
        String secret) {

    boolean signedIn() {
        return accessToken != null;
    }

    @Override
    public String toString() {
        return "Session[user=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
