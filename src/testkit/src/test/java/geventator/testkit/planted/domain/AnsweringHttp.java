package geventator.testkit.planted.domain;

import io.javalin.http.Context;

/** Planted violation: a use case that writes the HTTP answer itself. */
public final class AnsweringHttp {

    public void answer(Context ctx) {
        ctx.status(200);
    }
}
