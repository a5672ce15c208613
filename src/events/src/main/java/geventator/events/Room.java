package geventator.events;

import java.util.Locale;

/**
 * Where an activity takes place, as people mean it: "Main stage", "main stage" and " Main  stage " are one
 * room. The spelling an organizer typed is kept for display; conflicts and filters compare keys.
 */
record Room(String name, String key) {

    static String key(String location) {
        return location == null
                ? null
                : location.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
