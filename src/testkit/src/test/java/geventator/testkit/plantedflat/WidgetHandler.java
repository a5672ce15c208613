package geventator.testkit.plantedflat;

import io.javalin.http.Context;

/** Planted violation in a flat module: a handler whose name does not say it is web. */
public final class WidgetHandler {

    public void handle(Context ctx) {
        ctx.status(204);
    }
}
