package geventator.events.planted;

import geventator.platform.http.Problem;

/** Planted: a use case that decides the HTTP answer, instead of refusing in domain terms. */
public final class SchedulingWithProblem {

    public RuntimeException refusal() {
        return Problem.notFound("no activity");
    }
}
