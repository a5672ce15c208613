/**
 * The event role's internals: events with their members embedded in one document (so that every change of
 * membership is one atomic update), activities in their own collection with the indexes that the conflict
 * checks use, the calendar feed, and the HTTP routes. Only {@link geventator.events.EventsModule} is
 * public, for the service loader.
 */
package geventator.events;
