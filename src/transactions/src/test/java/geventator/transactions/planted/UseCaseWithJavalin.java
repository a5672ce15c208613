package geventator.transactions.planted;

import io.javalin.http.Context;

/** Planted violation for {@code LayersTest}: a use case outside the web that answers HTTP itself. */
public final class UseCaseWithJavalin {

    public void answer(Context ctx) {
        ctx.status(204);
    }
}
