package geventator.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of every page in English and Spanish (UTF-8 properties files). The language comes from the
 * person's switch (a {@code lang} cookie), else from Accept-Language, else English.
 */
final class Messages {

    static final List<String> LANGUAGES = List.of("en", "es");

    private final Map<String, Properties> texts;

    Messages() {
        this.texts = Map.of("en", load("en"), "es", load("es"));
        if (!texts.get("en").keySet().equals(texts.get("es").keySet())) {
            throw new IllegalStateException("the English and Spanish texts name different keys");
        }
    }

    private static Properties load(String language) {
        String name = "/geventator/web/messages_" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String language, String key, Object... args) {
        String pattern = texts.get(language).getProperty(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    boolean has(String language, String key) {
        return texts.get(language).containsKey(key);
    }

    /** The language for a request: the explicit choice when valid, else the first match of Accept-Language. */
    static String choose(String cookie, String acceptLanguage) {
        if (cookie != null && LANGUAGES.contains(cookie)) {
            return cookie;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                String match = Locale.lookupTag(ranges, LANGUAGES);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header gets the default
            }
        }
        return "en";
    }

    /** The locale amounts and dates are written in. */
    static Locale locale(String language) {
        return language.equals("es") ? Locale.forLanguageTag("es-ES") : Locale.forLanguageTag("en-GB");
    }
}
