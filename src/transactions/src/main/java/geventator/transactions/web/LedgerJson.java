package geventator.transactions.web;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.platform.http.FieldError;
import geventator.platform.http.Problem;
import geventator.platform.http.Requests;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ledger's request bodies, read strictly: a JSON number where the ledger expects a decimal string
 * answers 400 (Jackson would otherwise turn {@code 12.5} into {@code "12.5"} silently), and a PATCH body
 * tells apart a field left out from a field sent as {@code null}, which JSON Merge Patch reads as "clear".
 */
final class LedgerJson {

    private static final String NOT_A_NUMBER = "must be a decimal string such as \"12.50\", not a JSON number";

    private LedgerJson() {}

    /** A body and the names of its top-level fields that were sent as {@code null}. */
    record Parsed<T>(T value, Set<String> nulls) {}

    /** The body as {@code type}, refusing a JSON number in any of {@code decimalFields} (top level). */
    static <T> Parsed<T> body(Context ctx, Class<T> type, String... decimalFields) {
        JsonNode tree = tree(ctx);
        List<FieldError> errors = new ArrayList<>();
        for (String field : decimalFields) {
            if (tree.path(field).isNumber()) {
                errors.add(new FieldError(field, NOT_A_NUMBER));
            }
        }
        refuse(errors);
        Set<String> nulls = new LinkedHashSet<>();
        tree.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                nulls.add(field.getKey());
            }
        });
        return new Parsed<>(Requests.body(ctx, type), Set.copyOf(nulls));
    }

    /** The body as {@code type}, refusing a JSON number as any value of the objects named {@code maps}. */
    static <T> T bodyOfDecimalMaps(Context ctx, Class<T> type, String... maps) {
        JsonNode tree = tree(ctx);
        List<FieldError> errors = new ArrayList<>();
        for (String map : maps) {
            tree.path(map).fields().forEachRemaining(field -> {
                if (field.getValue().isNumber()) {
                    errors.add(new FieldError(map + "." + field.getKey(), NOT_A_NUMBER));
                }
            });
        }
        refuse(errors);
        return Requests.body(ctx, type);
    }

    private static JsonNode tree(Context ctx) {
        JsonNode tree = Requests.body(ctx, JsonNode.class);
        if (!tree.isObject()) {
            throw Problem.badRequest("the body must be a JSON object");
        }
        return tree;
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
