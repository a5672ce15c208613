package geventator.testkit.planted;

import com.mongodb.client.MongoDatabase;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.testkit.planted.store.MongoThings;
import geventator.testkit.planted.web.ThingRoutes;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** Allowed: the composition root takes the database and receives the routes. */
public final class PlantedModule implements RoleModule {

    @Override
    public String role() {
        return "planted";
    }

    @Override
    public List<Class<?>> provides() {
        return List.of();
    }

    @Override
    public Routes start(ModuleContext context) {
        MongoDatabase database = context.database("things");
        MongoThings things = new MongoThings(database);
        ThingRoutes web = new ThingRoutes();
        return (RoutesConfig routes) -> {
            things.count();
            routes.get("/things", web::get);
        };
    }
}
