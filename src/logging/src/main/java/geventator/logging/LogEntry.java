package geventator.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.cloudbees.syslog.Severity;

/**
 * What the sender needs from a logging event, copied on the caller's thread: Logback reuses nothing here,
 * but the MDC and the formatted message belong to the moment of the call.
 */
record LogEntry(long epochMillis, Severity severity, String text) {

    static final String REQUEST_ID = "requestId";

    static LogEntry of(ILoggingEvent event) {
        return new LogEntry(event.getTimeStamp(), severityOf(event.getLevel()), textOf(event));
    }

    static Severity severityOf(Level level) {
        return switch (level.toInt()) {
            case Level.ERROR_INT -> Severity.ERROR;
            case Level.WARN_INT -> Severity.WARNING;
            case Level.INFO_INT -> Severity.INFORMATIONAL;
            default -> Severity.DEBUG;
        };
    }

    /** {@code requestId=… logger - message}, then the stack trace; Papertrail searches on the request id. */
    private static String textOf(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(128);
        String requestId = event.getMDCPropertyMap().get(REQUEST_ID);
        if (requestId != null && !requestId.isBlank()) {
            text.append(REQUEST_ID).append('=').append(requestId).append(' ');
        }
        text.append(event.getLoggerName()).append(" - ").append(event.getFormattedMessage());
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(thrown));
        }
        return text.toString();
    }
}
