package geventator.events;

import geventator.events.api.CurrencyLock;
import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.users.api.UserDirectory;
import io.javalin.config.RoutesConfig;

/** The event role's composition root. */
public final class EventsModule implements RoleModule {

    private Organizing organizing;
    private Scheduling scheduling;
    private CalendarLinks calendarLinks;

    @Override
    public String role() {
        return "event";
    }

    @Override
    public void publish(ModuleContext context) {
        if (!context.isLocal()) {
            context.publish(EventDirectory.class, new RemoteEventDirectory(context.peer()));
            return;
        }
        var database = context.database("events");
        Events events = new MongoEvents(database);
        Activities activities = new MongoActivities(database);
        // Looked up when first needed: the modules that publish these may come after this one.
        organizing = new Organizing(
                events,
                activities,
                () -> context.api(UserDirectory.class),
                () -> context.optionalApi(EventDeletionGuard.class),
                () -> context.optionalApi(CurrencyLock.class));
        scheduling = new Scheduling(organizing, activities);
        calendarLinks = new CalendarLinks(organizing, events, activities);
        context.publish(EventDirectory.class, new LocalEventDirectory(organizing, activities));
    }

    @Override
    public void serve(ModuleContext context, RoutesConfig routes) {
        new EventRoutes(organizing).addTo(routes);
        new MemberRoutes(organizing).addTo(routes);
        new ActivityRoutes(scheduling).addTo(routes);
        new CalendarRoutes(calendarLinks).addTo(routes);
    }
}
