package geventator.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * Users for a test, made through the user role's HTTP API as a client makes them: registered with
 * {@code <username>@example.org} and {@link #PASSWORD}, then logged in. Each step fails the test unless the
 * role answers it as it should (201, then 200).
 */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private TestUsers() {}

    /** Registers {@code username} under {@code displayName} with {@link #PASSWORD}; answers the 201 reply. */
    public static Http.Reply register(Http userApi, String username, String displayName) {
        var created = userApi.post(
                        "/users",
                        Map.of(
                                "username",
                                username,
                                "email",
                                username + "@example.org",
                                "displayName",
                                displayName,
                                "password",
                                PASSWORD))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** Logs {@code login} in with {@link #PASSWORD}; answers the 200 reply, with its access and refresh token. */
    public static Http.Reply logIn(Http userApi, String login) {
        var token = userApi.post("/tokens", Map.of("login", login, "password", PASSWORD))
                .send();
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token;
    }

    /** An access token of {@code login}. */
    public static String accessToken(Http userApi, String login) {
        return logIn(userApi, login).json().path("accessToken").asText();
    }

    /** Registers {@code username} under {@code displayName} and answers an access token of theirs. */
    public static String signUp(Http userApi, String username, String displayName) {
        register(userApi, username, displayName);
        return accessToken(userApi, username);
    }

    /** The user id of the token's user, as {@code GET /users/me} answers it. */
    public static String idOf(Http userApi, String token) {
        var me = userApi.get("/users/me").bearer(token).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return me.json().path("id").asText();
    }
}
