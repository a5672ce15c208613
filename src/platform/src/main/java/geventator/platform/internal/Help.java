package geventator.platform.internal;

import geventator.platform.Setting;
import java.util.List;

/** The text of {@code --help}: usage, then every setting with its flag, environment name and default. */
public final class Help {

    private Help() {}

    public static String text(List<Setting> settings) {
        StringBuilder text = new StringBuilder();
        text.append("""
                GEventator: one shared place for a group organizing an event.

                Usage: java -jar geventator.jar [--role=ROLE] [--SETTING=VALUE ...]
                       java -jar geventator.jar --help

                Every setting is read, from weakest to strongest, from its default, the properties file
                (key=value), the environment, and the command line.

                """);
        for (Setting setting : settings) {
            text.append(String.format("  %-28s %s%n", setting.flag() + "=VALUE", setting.description()));
            String shownDefault = setting.defaultValue().isEmpty() ? "(unset)" : setting.defaultValue();
            text.append(
                    String.format("  %-28s env %s, default %s%n%n", "", setting.environmentVariable(), shownDefault));
        }
        return text.toString();
    }
}
