package geventator.events;

import geventator.events.api.CurrencyLock;
import geventator.events.api.EventDeletionGuard;
import geventator.events.api.EventDirectory;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.users.api.AccountClosing;
import geventator.users.api.UserDirectory;
import java.util.List;

/** The event role's composition root. */
public final class EventsModule implements RoleModule {

    @Override
    public String role() {
        return "event";
    }

    @Override
    public List<Class<?>> provides() {
        return List.of(EventDirectory.class);
    }

    @Override
    public List<Class<?>> needs() {
        return List.of(UserDirectory.class);
    }

    @Override
    public List<Class<?>> contributes() {
        return List.of(AccountClosing.class);
    }

    @Override
    public Routes start(ModuleContext context) {
        if (!context.isLocal()) {
            context.publish(EventDirectory.class, new RemoteEventDirectory(context.peer()));
            context.contribute(AccountClosing.class, new RemoteAccountClosing(context.peer()));
            return Routes.NONE;
        }
        var database = context.database("events");
        Events events = new MongoEvents(database);
        Activities activities = new MongoActivities(database);
        Organizing organizing = new Organizing(
                events,
                activities,
                context.api(UserDirectory.class),
                context.hooks(EventDeletionGuard.class),
                context.hooks(CurrencyLock.class),
                context.clock());
        Scheduling scheduling = new Scheduling(organizing, activities);
        CalendarLinks calendarLinks = new CalendarLinks(organizing, events, activities);
        AccountClosing closing = new ClosingAccounts(organizing, context.hooks(EventDeletionGuard.class));
        context.publish(EventDirectory.class, new LocalEventDirectory(organizing, activities));
        context.contribute(AccountClosing.class, closing);
        return routes -> {
            new EventRoutes(organizing).addTo(routes);
            new MemberRoutes(organizing).addTo(routes);
            new AccountRoutes(new EventAccounts(organizing, events)).addTo(routes);
            new ActivityRoutes(scheduling).addTo(routes);
            new CalendarRoutes(calendarLinks).addTo(routes);
            new AccountClosingRoutes(closing).addTo(routes);
        };
    }
}
