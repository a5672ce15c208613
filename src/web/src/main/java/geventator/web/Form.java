package geventator.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a form shows: the values the person typed (or the stored ones) and a message per refused field. */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String problem;

    public static Form empty() {
        return new Form();
    }

    public Form with(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public Form error(String name, String message) {
        errors.put(name, message);
        return this;
    }

    /** A refusal that names no field, shown above the form. */
    public String problem() {
        return problem;
    }

    public Form problem(String message) {
        this.problem = message;
        return this;
    }

    public boolean failed() {
        return problem != null || !errors.isEmpty();
    }

    Map<String, String> values() {
        return values;
    }
}
