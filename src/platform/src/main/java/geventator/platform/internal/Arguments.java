package geventator.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: {@code --key=value} or {@code --key value} flags, and {@code --help}. */
public record Arguments(Map<String, String> flags, boolean help) {

    public static Arguments parse(List<String> args) {
        Map<String, String> flags = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new ConfigurationException("unexpected argument '" + arg + "' (see --help)");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                flags.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                flags.put(arg.substring(2), args.get(++i));
            } else {
                throw new ConfigurationException("option " + arg + " needs a value (see --help)");
            }
        }
        return new Arguments(flags, help);
    }
}
