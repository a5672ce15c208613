package geventator.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import geventator.platform.Caller;
import geventator.platform.Ids;
import geventator.platform.internal.AppKeys;
import geventator.platform.internal.Authenticator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/** Reads what a request carries, turning every malformed part into a problem the client can act on. */
public final class Requests {

    private Requests() {}

    /**
     * The parsed body, kept on the request so that a route reading it twice (the raw tree for its own rules,
     * then the typed value) parses and checks it once.
     */
    private static final String PARSED_BODY = "geventator.parsedBody";

    /** The JSON body as {@code type}: 400 when it is missing, malformed, of the wrong shape or has unknown fields. */
    public static <T> T body(Context ctx, Class<T> type) {
        JsonNode tree = tree(ctx);
        ObjectMapper json = ctx.appData(AppKeys.JSON);
        T value;
        try {
            value = type == JsonNode.class ? type.cast(tree) : json.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw Problem.invalid(path(e), "is not a known field");
        } catch (InvalidFormatException e) {
            throw Problem.invalid(path(e), "must be " + describe(e.getTargetType()));
        } catch (MismatchedInputException e) {
            String field = path(e);
            if (field.isEmpty()) {
                throw Problem.badRequest("the body must be a JSON object");
            }
            throw Problem.invalid(field, "must be " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw Problem.invalid(path(e), "is invalid");
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("the body is not well-formed JSON: " + e.getOriginalMessage());
        }
        if (value == null) {
            throw Problem.badRequest("the body must be a JSON object");
        }
        return value;
    }

    /** The body as JSON, parsed and held to {@link TextRules} on the first call of the request. */
    private static JsonNode tree(Context ctx) {
        JsonNode parsed = ctx.attribute(PARSED_BODY);
        if (parsed != null) {
            return parsed;
        }
        String contentType = ctx.contentType();
        if (contentType != null
                && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Problem(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the body as application/json",
                    java.util.List.of());
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw Problem.badRequest("a JSON body is required");
        }
        ObjectMapper json = ctx.appData(AppKeys.JSON);
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (MismatchedInputException e) {
            // More after the value (FAIL_ON_TRAILING_TOKENS): Jackson's own message names its classes.
            throw Problem.badRequest("the body must be a JSON object");
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("the body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Problem.badRequest("the body could not be read");
        }
        if (tree == null || tree.isMissingNode()) {
            throw Problem.badRequest("the body must be a JSON object");
        }
        TextRules.check(tree);
        ctx.attribute(PARSED_BODY, tree);
        return tree;
    }

    /**
     * Refuses a request whose query parameters hold control characters (a NUL, an escape, a carriage
     * return...), which have no place in any filter and must never reach a query or a log line.
     */
    public static void refuseControlCharacters(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            if (TextRules.hasControl(name) || values.stream().anyMatch(TextRules::hasControl)) {
                throw Problem.invalid(TextRules.hasControl(name) ? "query" : name, TextRules.NO_CONTROL);
            }
        });
    }

    /** The query parameter {@code name} as an ISO-8601 date such as 2027-06-10, or null when absent. */
    public static LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (TextRules.inRange(date.getYear())) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw Problem.invalid(name, "must be a date such as 2027-06-10, " + TextRules.YEARS);
    }

    /**
     * The path parameter {@code name} of an authenticated route as an id: 400 unless it is 24 hexadecimal
     * digits, but 401 first when the request has no valid token, so that a caller learns nothing about a route
     * before authenticating, whichever order a handler reads its parts in. Lower case.
     */
    public static String id(Context ctx, String name) {
        String value = ctx.pathParam(name);
        if (!Ids.isValid(value)) {
            caller(ctx);
        }
        return id(name, value);
    }

    /** {@code value} as an id: 400 unless it is 24 hexadecimal digits; lower case. */
    public static String id(String name, String value) {
        if (!Ids.isValid(value)) {
            throw Problem.invalid(name, "must be an id of 24 hexadecimal digits");
        }
        return Ids.normalized(value);
    }

    /** The authenticated caller: 401 without a valid bearer token. */
    public static Caller caller(Context ctx) {
        Authenticator authenticator = ctx.appData(AppKeys.AUTHENTICATOR);
        return authenticator.authenticate(ctx.header("Authorization"));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return type.isEnum() ? "one of the allowed values" : "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date such as 2027-06-10, " + TextRules.YEARS;
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset such as 2027-06-10T09:00:00+02:00, " + TextRules.YEARS;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
