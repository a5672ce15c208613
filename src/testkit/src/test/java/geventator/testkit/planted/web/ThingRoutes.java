package geventator.testkit.planted.web;

import io.javalin.http.Context;

/** Allowed: the web uses Javalin. */
public final class ThingRoutes {

    public void get(Context ctx) {
        ctx.result("thing");
    }
}
