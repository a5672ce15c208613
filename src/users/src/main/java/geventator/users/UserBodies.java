package geventator.users;

import java.time.Instant;

/** The JSON bodies of the user role's HTTP API. */
final class UserBodies {

    private UserBodies() {}

    record Registration(String username, String email, String displayName, String password) {}

    record LogIn(String login, String password) {}

    record ProfileChange(String email, String displayName) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record Profile(String id, String username, String email, String displayName, Instant createdAt, Instant updatedAt) {
        static Profile of(User user) {
            return new Profile(
                    user.id().toHexString(),
                    user.username(),
                    user.email(),
                    user.displayName(),
                    user.createdAt(),
                    user.updatedAt());
        }
    }

    record Token(String accessToken, String tokenType, long expiresIn, Instant expiresAt) {
        static Token of(TokenIssuer.AccessToken token) {
            return new Token(token.token(), "Bearer", token.expiresIn(), token.expiresAt());
        }
    }
}
