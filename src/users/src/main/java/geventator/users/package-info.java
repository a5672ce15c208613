/**
 * The user role's internals: accounts kept in the {@code users} collection of its own database, passwords
 * hashed with Argon2id, access tokens signed with ES256 by keys that never leave this module, and the HTTP
 * routes. Only {@link geventator.users.UsersModule} is public, for the service loader.
 */
package geventator.users;
