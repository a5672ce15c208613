/**
 * What other modules may know of users: look one up by id or username, public fields only. In a process
 * without the user role the same interface calls the user role over HTTP. {@code AccountClosing} is a hook
 * the other way round: a module that keeps something of an account contributes one, and the user role asks
 * it before an account is deleted.
 */
package geventator.users.api;
