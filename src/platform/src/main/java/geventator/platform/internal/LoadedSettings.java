package geventator.platform.internal;

import geventator.platform.Setting;
import geventator.platform.Settings;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Settings resolved in order of precedence: built-in defaults, then the properties file, then the
 * environment, then command-line flags. Every value is checked once, here.
 */
public final class LoadedSettings implements Settings {

    private final Map<String, Setting> declared;
    private final Map<String, String> values;

    private LoadedSettings(Map<String, Setting> declared, Map<String, String> values) {
        this.declared = declared;
        this.values = values;
    }

    public static LoadedSettings load(List<Setting> settings, Map<String, String> flags, Map<String, String> env) {
        Map<String, Setting> declared = new LinkedHashMap<>();
        settings.forEach(s -> declared.put(s.key(), s));
        for (String key : flags.keySet()) {
            if (!declared.containsKey(key)) {
                throw new ConfigurationException("unknown option --" + key + " (see --help)");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        settings.forEach(s -> values.put(s.key(), s.defaultValue()));

        Setting config = declared.get(PlatformSettings.CONFIG);
        String explicitConfig = flags.getOrDefault(config.key(), env.get(config.environmentVariable()));
        Path file = Path.of(explicitConfig != null ? explicitConfig : config.defaultValue());
        if (Files.isRegularFile(file)) {
            readFile(file, declared, values);
        } else if (explicitConfig != null) {
            throw new ConfigurationException("configuration file " + file + " does not exist");
        }
        values.put(config.key(), file.toString());

        for (Setting setting : settings) {
            String fromEnv = env.get(setting.environmentVariable());
            if (fromEnv != null) {
                values.put(setting.key(), fromEnv);
            }
        }
        values.putAll(flags);
        LoadedSettings loaded = new LoadedSettings(declared, values);
        settings.forEach(loaded::check);
        return loaded;
    }

    private static void readFile(Path file, Map<String, Setting> declared, Map<String, String> values) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            if (!declared.containsKey(key) || key.equals(PlatformSettings.CONFIG)) {
                throw new ConfigurationException("unknown setting '" + key + "' in " + file + " (see --help)");
            }
            values.put(key, properties.getProperty(key).trim());
        }
    }

    private void check(Setting setting) {
        String value = values.get(setting.key()).trim();
        String reason = switch (setting.kind()) {
            case INTEGER -> isInteger(value) ? null : "is not a whole number";
            case PORT ->
                isInteger(value) && Integer.parseInt(value) >= 0 && Integer.parseInt(value) <= 65535
                        ? null
                        : "is not a port number (0 to 65535)";
            case DURATION -> isDuration(value) ? null : "is not an ISO-8601 duration such as PT5S or PT1H";
            case URL -> isUrl(value) ? null : "is not an http or https URL";
            case TEXT, PATH, SECRET -> null;
        };
        if (reason != null) {
            String shown = setting.kind() == Setting.Kind.SECRET ? "(hidden)" : "'" + value + "'";
            throw new ConfigurationException("invalid " + setting.key() + " (" + setting.flag() + ", "
                    + setting.environmentVariable() + "): " + shown + " " + reason);
        }
    }

    private static boolean isInteger(String value) {
        return value.matches("-?\\d{1,9}");
    }

    private static boolean isDuration(String value) {
        try {
            return !Duration.parse(value).isNegative();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String text(String key) {
        if (!declared.containsKey(key)) {
            throw new IllegalArgumentException("no module declares the setting " + key);
        }
        return values.get(key);
    }
}
