package geventator.platform.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import geventator.logging.SyslogShipping;
import geventator.platform.Settings;
import org.slf4j.LoggerFactory;

/**
 * Applies the log-level setting to GEventator's own loggers (libraries stay at their configured levels), and
 * ships logs over TLS syslog when a destination is set.
 */
final class Logs {

    private Logs() {}

    static void configure(Settings settings) {
        String wanted = settings.text(PlatformSettings.LOG_LEVEL).trim().toUpperCase(java.util.Locale.ROOT);
        Level level = Level.toLevel(wanted, null);
        if (level == null) {
            throw new ConfigurationException("invalid log-level (--log-level, GEVENTATOR_LOG_LEVEL): '" + wanted
                    + "' is not one of ERROR, WARN, INFO, DEBUG, TRACE");
        }
        if (LoggerFactory.getLogger("geventator") instanceof Logger logger) {
            logger.setLevel(level);
        }
    }

    static SyslogShipping ship(Settings settings, String appName) {
        try {
            SyslogShipping shipping = SyslogShipping.install(
                    settings.text(PlatformSettings.SYSLOG_DESTINATION),
                    settings.text(PlatformSettings.SYSLOG_TOKEN),
                    appName);
            if (shipping.active()) {
                LoggerFactory.getLogger(Logs.class)
                        .info("Shipping logs as {} to {}", appName, settings.text(PlatformSettings.SYSLOG_DESTINATION));
            }
            return shipping;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid syslog-destination (--syslog-destination, "
                    + "GEVENTATOR_SYSLOG_DESTINATION): " + e.getMessage());
        }
    }

    /** Stops logging, writing out what the console's queue still holds: the last thing a stopping process does. */
    static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.stop();
        }
    }
}
