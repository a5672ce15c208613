package geventator.testkit.planted;

import com.mongodb.client.MongoDatabase;
import geventator.platform.ModuleContext;
import geventator.platform.RoleModule;
import geventator.testkit.planted.store.MongoThings;
import geventator.testkit.planted.web.ThingRoutes;
import io.javalin.config.RoutesConfig;

/** Allowed: the composition root takes the database and receives the routes. */
public final class PlantedModule implements RoleModule {

    private MongoThings things;

    @Override
    public String role() {
        return "planted";
    }

    @Override
    public void publish(ModuleContext context) {
        MongoDatabase database = context.database("things");
        things = new MongoThings(database);
    }

    @Override
    public void serve(ModuleContext context, RoutesConfig routes) {
        ThingRoutes web = new ThingRoutes();
        routes.get("/things", web::get);
        things.count();
    }
}
