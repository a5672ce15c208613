package geventator.web;

import com.fasterxml.jackson.databind.JsonNode;

/** The one place where an API's problem becomes messages on a form. */
final class FormErrors {

    private FormErrors() {}

    /** Puts each refused field's reason beside that field, and the problem's own text above the form. */
    static Form apply(Form form, RoleApis.Reply reply, Page page) {
        JsonNode problem = reply.json();
        for (JsonNode error : problem.path("errors")) {
            form.error(error.path("field").asText(), error.path("reason").asText());
        }
        String type = problem.path("type").asText("");
        String key = "problem." + type.substring(type.lastIndexOf(':') + 1);
        String translated = page.t(key);
        if (!translated.equals(key)) {
            form.problem(translated);
        } else if (problem.hasNonNull("detail")) {
            form.problem(problem.path("detail").asText());
        } else if (problem.hasNonNull("title")) {
            form.problem(problem.path("title").asText());
        } else {
            form.problem(page.t("problem.unexpected", reply.status()));
        }
        return form;
    }
}
