package geventator.users.planted;

import io.javalin.http.Context;

/** Planted violation for {@code LayersTest}: a use case that reads the client address from the request. */
public final class UseCaseWithJavalin {

    public String addressOf(Context ctx) {
        return ctx.ip();
    }
}
