/**
 * The event role: events, their members and roles, the activity timetable with its conflict checks, and
 * the calendar feed. Other modules see only {@link geventator.events.api}.
 */
module geventator.events {
    requires geventator.platform;
    requires org.mongodb.bson;
    requires org.mongodb.driver.core;
    requires geventator.users;
    requires ical4j.core;

    exports geventator.events.api;

    provides geventator.platform.RoleModule with
            geventator.events.EventsModule;
}
