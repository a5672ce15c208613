package geventator.web;

import java.time.Instant;
import java.util.Optional;

/** Where sessions live: the web module's own database, shared by every instance behind one address. */
interface Sessions {

    void create(Session session);

    Optional<Session> find(String id, Instant now);

    void delete(String id);

    /**
     * Replaces the session's tokens if it still holds {@code oldAccessToken}; false when another request
     * already renewed them.
     */
    boolean replaceTokens(String id, String oldAccessToken, String accessToken, String refreshToken);

    /**
     * Claims the renewal of the session's tokens for every instance sharing this database until {@code until},
     * if the session still holds {@code expiredAccessToken} and no other claim is running at {@code now}; false
     * otherwise. A refresh token is used once: a second use ends the whole sign-in, so two instances must
     * never both send it. {@link #replaceTokens} or {@link #releaseRenewal} ends the claim.
     */
    boolean claimRenewal(String id, String expiredAccessToken, Instant now, Instant until);

    void releaseRenewal(String id);

    /** A one-time message shown on the next page; {@code secret} also (a calendar link), then forgotten. */
    void flash(String id, String flash, String secret);

    /** The flash and secret, removed as they are read. */
    Optional<Session> takeFlash(String id);

    void rename(String id, String displayName);

    /**
     * Claims a form's idempotency key. False when it was claimed before: the same form was sent twice, and
     * {@link #outcome} tells where the first one led.
     */
    boolean claim(String sessionId, String formKey, Instant now);

    void settle(String sessionId, String formKey, String location);

    void release(String sessionId, String formKey);

    Optional<String> outcome(String sessionId, String formKey);

    /** An uploaded file waiting for its confirmation, for one session. */
    String keepUpload(String sessionId, String name, byte[] content, Instant now);

    Optional<byte[]> upload(String uploadId, String sessionId);
}
