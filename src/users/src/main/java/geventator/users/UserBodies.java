package geventator.users;

import java.time.Instant;

/** The JSON bodies of the user role's HTTP API. */
final class UserBodies {

    private UserBodies() {}

    record Registration(String username, String email, String displayName, String password) {}

    record LogIn(String login, String password) {}

    record Refresh(String refreshToken) {}

    record ProfileChange(String email, String displayName) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record Profile(String id, String username, String email, String displayName, Instant createdAt, Instant updatedAt) {
        static Profile of(User user) {
            return new Profile(
                    user.id(), user.username(), user.email(), user.displayName(), user.createdAt(), user.updatedAt());
        }
    }

    record Token(
            String accessToken,
            String tokenType,
            long expiresIn,
            Instant expiresAt,
            String refreshToken,
            Instant refreshExpiresAt) {
        static Token of(Sessions.Tokens tokens) {
            TokenIssuer.AccessToken access = tokens.access();
            return new Token(
                    access.token(),
                    "Bearer",
                    access.expiresIn(),
                    access.expiresAt(),
                    tokens.refreshToken(),
                    tokens.refreshExpiresAt());
        }
    }
}
