package geventator.testkit.plantedflat;

import io.javalin.http.Context;

/** Allowed in a flat module: a web class by name. */
public final class WidgetRoutes {

    public void get(Context ctx) {
        ctx.result(new Widgeting().name());
    }
}
