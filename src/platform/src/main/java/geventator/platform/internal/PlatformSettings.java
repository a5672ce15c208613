package geventator.platform.internal;

import geventator.platform.Setting;
import geventator.platform.Setting.Kind;
import java.util.ArrayList;
import java.util.List;

/** The settings the platform itself reads, and the URL setting it adds for every role. */
public final class PlatformSettings {

    public static final String ROLE = "role";
    public static final String CONFIG = "config";
    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String MONGODB_URI = "mongodb-uri";
    public static final String MONGODB_TIMEOUT = "mongodb-timeout";
    public static final String DATABASE_PREFIX = "database-prefix";
    public static final String DATA_DIR = "data-dir";
    public static final String LOG_LEVEL = "log-level";
    public static final String PEER_CONNECT_TIMEOUT = "peer-connect-timeout";
    public static final String PEER_TIMEOUT = "peer-timeout";
    public static final String SYSLOG_DESTINATION = "syslog-destination";
    public static final String SYSLOG_TOKEN = "syslog-token";
    public static final String TRUST_CA_FILE = "trust-ca-file";
    public static final String DEFAULT_CONFIG_FILE = "config/geventator.properties";

    private PlatformSettings() {}

    public static List<Setting> all(List<String> roles) {
        List<Setting> settings = new ArrayList<>(List.of(
                new Setting(
                        ROLE,
                        "all",
                        Kind.TEXT,
                        "Which role this process runs: " + String.join(", ", roles) + " or all."),
                new Setting(
                        CONFIG,
                        DEFAULT_CONFIG_FILE,
                        Kind.PATH,
                        "Properties file with settings, keyed by setting name; optional unless named."),
                new Setting(HOST, "0.0.0.0", Kind.TEXT, "Address the HTTP server binds to."),
                new Setting(PORT, "7070", Kind.PORT, "HTTP port; 0 picks a free one."),
                new Setting(
                        MONGODB_URI,
                        "",
                        Kind.SECRET,
                        "MongoDB connection string (mongodb:// or mongodb+srv://). Unset: the embedded database."),
                new Setting(
                        MONGODB_TIMEOUT,
                        "PT5S",
                        Kind.DURATION,
                        "How long start-up waits for a configured MongoDB to answer."),
                new Setting(
                        DATABASE_PREFIX,
                        "geventator",
                        Kind.TEXT,
                        "Prefix of each module's database name: <prefix>_users, <prefix>_events, ..."),
                new Setting(DATA_DIR, "data", Kind.PATH, "Directory for the embedded database and generated keys."),
                new Setting(
                        LOG_LEVEL, "INFO", Kind.TEXT, "Level of GEventator's own loggers: ERROR, WARN, INFO, DEBUG."),
                new Setting(PEER_CONNECT_TIMEOUT, "PT1S", Kind.DURATION, "Connect timeout of calls to another role."),
                new Setting(PEER_TIMEOUT, "PT3S", Kind.DURATION, "Total timeout of one call to another role."),
                new Setting(
                        SYSLOG_DESTINATION,
                        "",
                        Kind.TEXT,
                        "host:port of a TLS syslog receiver such as Papertrail. Unset: logs stay local."),
                new Setting(
                        SYSLOG_TOKEN,
                        "",
                        Kind.SECRET,
                        "Ingestion token for the SolarWinds Observability syslog collector."),
                new Setting(
                        TRUST_CA_FILE,
                        "",
                        Kind.TEXT,
                        "PEM file of CA certificates trusted in addition to the JDK's (private MongoDB or syslog).")));
        for (String role : roles) {
            settings.add(urlOf(role));
        }
        return settings;
    }

    public static String urlKey(String role) {
        return role + "-url";
    }

    private static Setting urlOf(String role) {
        return new Setting(
                urlKey(role),
                "http://localhost:7070",
                Kind.URL,
                "Base URL of the " + role + " role, called when it runs in another process.");
    }
}
