package geventator.testkit.planted.domain;

import geventator.platform.http.Problem;

/** Planted violation: a use case that refuses with an HTTP problem instead of a Refusal. */
public final class RefusingWithProblem {

    public Problem refusal(String name) {
        return Problem.notFound("no thing " + name);
    }
}
