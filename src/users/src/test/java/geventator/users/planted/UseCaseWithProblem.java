package geventator.users.planted;

import geventator.platform.http.Problem;

/** Planted violation for {@code LayersTest}: a use case that refuses with an HTTP problem, not a Refusal. */
public final class UseCaseWithProblem {

    public Problem wrongPassword() {
        return Problem.unauthorized("wrong username, email or password");
    }
}
