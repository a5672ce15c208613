package geventator.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The templates, compiled to classes by the build (jte-maven-plugin); no compiler at run time. */
final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Views.class.getClassLoader(), "geventator.web.templates");

    String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template + ".jte", params, output);
        return output.toString();
    }
}
