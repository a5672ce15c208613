/**
 * The user role's internals: accounts kept in the {@code users} collection of its own database, passwords
 * hashed with Argon2id (a bounded number at once), short-lived access tokens signed with ES256 by keys that
 * never leave this module, sessions as families of hashed refresh tokens ({@code refresh_tokens}), log-in
 * counters shared by every instance ({@code login_attempts}), and the HTTP routes. Only
 * {@link geventator.users.UsersModule} is public, for the service loader.
 */
package geventator.users;
