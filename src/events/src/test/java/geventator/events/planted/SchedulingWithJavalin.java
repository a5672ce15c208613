package geventator.events.planted;

import io.javalin.http.Context;

/** Planted: a use case that reads the request itself, which only the web classes may. */
public final class SchedulingWithJavalin {

    public String day(Context ctx) {
        return ctx.queryParam("day");
    }
}
