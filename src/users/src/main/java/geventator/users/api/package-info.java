/**
 * What other modules may know of users: look one up by id or username, public fields only. In a process
 * without the user role the same interface calls the user role over HTTP.
 */
package geventator.users.api;
