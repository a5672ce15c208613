package geventator.transactions.web;

import geventator.platform.http.Requests;
import geventator.platform.http.Versions;
import geventator.transactions.ledger.EntryId;
import geventator.transactions.ledger.EventId;
import io.javalin.http.Context;

/** What every ledger route reads from the path and the headers, refused as 400 when it is malformed. */
final class LedgerParameters {

    static final String BASE = "/events/{eventId}/ledger";

    private LedgerParameters() {}

    static EventId eventId(Context ctx) {
        return new EventId(Requests.id(ctx, "eventId"));
    }

    static EntryId entryId(Context ctx) {
        return new EntryId(Requests.id(ctx, "entryId"));
    }

    static String idempotencyKey(Context ctx) {
        return ctx.header("Idempotency-Key");
    }

    /** The version an edit was made against: If-Match ("3" or W/"3") or ?version=3; 428 without one. */
    static long expectedVersion(Context ctx) {
        return Versions.expected(ctx, null);
    }
}
