package geventator.transactions.web;

import geventator.platform.Dates;
import geventator.platform.Text;
import geventator.platform.http.FieldError;
import geventator.platform.http.Problem;
import geventator.transactions.ledger.Entry;
import geventator.transactions.ledger.EntryId;
import geventator.transactions.ledger.EntryQuery;
import geventator.transactions.ledger.EventId;
import geventator.transactions.ledger.Kind;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the filters, page size and cursor of a list of entries from the query string. */
final class ListParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private ListParameters() {}

    static EntryQuery query(Context ctx, EventId eventId) {
        List<FieldError> errors = new ArrayList<>();
        Kind kind = null;
        String kindText = ctx.queryParam("kind");
        if (kindText != null) {
            kind = Kind.parse(kindText).orElse(null);
            if (kind == null) {
                errors.add(new FieldError("kind", "is not a kind of entry"));
            }
        }
        int limit = limit(ctx.queryParam("limit"), errors);
        Dated from = dated(ctx.queryParam("from"), "from", errors);
        Dated to = dated(ctx.queryParam("to"), "to", errors);
        EntryQuery.Position after = cursor(ctx.queryParam("cursor"), errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return EntryQuery.page(eventId, limit)
                .kind(kind)
                .category(ctx.queryParam("category"))
                .member(ctx.queryParam("member"))
                .dated(from.instant(), to.instant())
                .days(from.day(), to.day())
                .text(Text.blankToNull(ctx.queryParam("q")))
                .includeVoided("true".equals(ctx.queryParam("includeVoided")))
                .after(after)
                .build();
    }

    static String cursorAfter(Entry last) {
        return last.current().date().toEpochMilli() + "_" + last.id().value();
    }

    /** The address of the page after this one: the same query with the cursor that {@code next} is. */
    static String nextPage(Context ctx, String next) {
        StringBuilder link = new StringBuilder(ctx.path()).append("?cursor=").append(encode(next));
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("cursor")) {
                values.forEach(
                        v -> link.append('&').append(encode(name)).append('=').append(encode(v)));
            }
        });
        return link.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int limit(String text, List<FieldError> errors) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    /** A day where the event happens (the ledger resolves it in the event's zone), or an instant. */
    private record Dated(LocalDate day, Instant instant) {}

    private static Dated dated(String text, String field, List<FieldError> errors) {
        if (text == null) {
            return new Dated(null, null);
        }
        try {
            Dated dated =
                    text.length() == 10 ? new Dated(LocalDate.parse(text), null) : new Dated(null, Instant.parse(text));
            if (dated.day() != null ? Dates.inRange(dated.day()) : Dates.inRange(dated.instant())) {
                return dated;
            }
            errors.add(new FieldError(field, "must be " + Dates.RANGE));
        } catch (DateTimeException e) { // unparsable, or beyond what an instant can hold
            errors.add(new FieldError(field, "must be a day such as 2026-05-01 or an ISO-8601 instant"));
        }
        return new Dated(null, null);
    }

    private static EntryQuery.Position cursor(String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("_", 0);
        try {
            if (parts.length == 2 && EntryId.isValid(parts[1])) {
                return new EntryQuery.Position(Instant.ofEpochMilli(Long.parseLong(parts[0])), new EntryId(parts[1]));
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldError("cursor", "is not a cursor this API gave out"));
        return null;
    }
}
