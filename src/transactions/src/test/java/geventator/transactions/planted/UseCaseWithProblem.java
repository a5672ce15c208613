package geventator.transactions.planted;

import geventator.platform.http.Problem;

/** Planted violation for {@code LayersTest}: a use case that refuses with an HTTP problem, not a Refusal. */
public final class UseCaseWithProblem {

    public Problem refusal(String entryId) {
        return Problem.conflict("entry-voided", "entry " + entryId + " is voided");
    }
}
