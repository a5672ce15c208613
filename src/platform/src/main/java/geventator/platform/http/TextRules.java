package geventator.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import geventator.platform.Dates;
import java.util.Iterator;
import java.util.Map;

/**
 * What every request body and query follows, whatever the route: no control character but tab and newline
 * in any text (nothing raw reaches a calendar feed or a log line), no {@code null} inside a list, and dates
 * within {@link Dates}' years, which every store and calendar can hold.
 */
final class TextRules {

    static final String YEARS = Dates.RANGE;
    static final String NO_CONTROL = "must not contain control characters (only tab and newline are allowed)";

    private TextRules() {}

    /** Throws a 400 problem naming the first field that breaks a rule. */
    static void check(JsonNode node) {
        check(node, "");
    }

    private static void check(JsonNode node, String path) {
        if (node.isTextual() && hasControlInText(node.textValue())) {
            throw Problem.invalid(path, NO_CONTROL);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String at = path + "[" + i + "]";
                if (element.isNull()) {
                    throw Problem.invalid(at, "must not be null");
                }
                check(element, at);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (hasControl(field.getKey())) {
                    throw Problem.invalid(path.isEmpty() ? "body" : path, "has a field name with control characters");
                }
                check(field.getValue(), at);
            }
        }
    }

    /** Any control character at all: for names and query values, where not even a newline belongs. */
    static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static boolean hasControlInText(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n');
    }

    static boolean inRange(int year) {
        return Dates.inRange(year);
    }
}
