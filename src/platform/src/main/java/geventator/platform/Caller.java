package geventator.platform;

/**
 * The authenticated user behind a request, taken from a verified access token. The token travels on
 * with calls to other roles.
 */
public record Caller(String userId, String username, String token) {

    @Override
    public String toString() {
        return "Caller[userId=" + userId + ", username=" + username + "]";
    }
}
