/**
 * What other modules may know of events: the caller's role in an event, its currency and dates, its
 * members and activities. In a process without the event role the same interfaces call it over HTTP.
 */
package geventator.events.api;
