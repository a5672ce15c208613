package geventator.transactions.web;

import geventator.platform.Refusal;
import geventator.platform.http.Problem;
import geventator.transactions.ledger.EntryId;
import geventator.transactions.ledger.EventId;
import io.javalin.http.Context;

/** What every ledger route reads from the path and the headers, refused as 400 when it is malformed. */
final class LedgerParameters {

    static final String BASE = "/events/{eventId}/ledger";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private LedgerParameters() {}

    static EventId eventId(Context ctx) {
        String text = ctx.pathParam("eventId");
        if (!EventId.isValid(text)) {
            throw notAnId("eventId");
        }
        return new EventId(text);
    }

    static EntryId entryId(Context ctx) {
        String text = ctx.pathParam("entryId");
        if (!EntryId.isValid(text)) {
            throw notAnId("entryId");
        }
        return new EntryId(text);
    }

    static String idempotencyKey(Context ctx) {
        return ctx.header(IDEMPOTENCY_KEY);
    }

    /** The version an edit was made against: If-Match ("3" or W/"3") or ?version=3. */
    static int expectedVersion(Context ctx) {
        String text = ctx.header("If-Match");
        if (text == null) {
            text = ctx.queryParam("version");
        }
        if (text == null) {
            throw Refusal.versionRequired("send the version the edit was made against as If-Match: \"<version>\"");
        }
        String digits = text.replace("W/", "").replace("\"", "").strip();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Problem.invalid("If-Match", "must be the entry's version, such as \"3\"");
        }
    }

    static void tag(Context ctx, int version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    private static Problem notAnId(String name) {
        return Problem.invalid(name, "must be an id of 24 hexadecimal digits");
    }
}
