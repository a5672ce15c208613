package geventator.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.slf4j.LoggerFactory;

/**
 * Handle on the Papertrail shipping of this process's logs.
 *
 * <p>Shipping never makes a logging call wait: each event goes into a bounded queue that a background thread sends;
 * when the queue is full the event is dropped for Papertrail (it still reaches the local appenders) and counted.
 */
public final class SyslogShipping implements AutoCloseable {

    static final String APPENDER_NAME = "PAPERTRAIL";
    private static final SyslogShipping OFF = new SyslogShipping(null);

    private final SyslogAppender appender;

    private SyslogShipping(SyslogAppender appender) {
        this.appender = appender;
    }

    /**
     * Attaches the shipping appender to the root logger, trusting the JDK's certificate authorities.
     *
     * @param destination {@code host:port}, e.g. {@code logs3.papertrailapp.com:12345} or
     *                    {@code syslog.collector.na-01.cloud.solarwinds.com:6514}; blank switches shipping off
     * @param token       SolarWinds ingestion token, sent as structured data; blank for the classic destination
     * @param appName     the RFC 5424 APP-NAME, e.g. {@code geventator-user}
     * @return the handle, or {@link #off()} when the destination is blank
     */
    public static SyslogShipping install(String destination, String token, String appName) {
        return install(destination, token, appName, null);
    }

    /** As {@link #install(String, String, String)}, trusting what {@code tls} trusts (null: the JDK's default). */
    public static SyslogShipping install(String destination, String token, String appName, SSLContext tls) {
        if (destination == null || destination.isBlank()) {
            return OFF;
        }
        return install(SyslogDestination.parse(destination), new Rfc5424Format(appName, token), tls, Tuning.DEFAULT);
    }

    static SyslogShipping install(SyslogDestination destination, Rfc5424Format format, SSLContext tls, Tuning tuning) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        detachPrevious(root);
        var connector = new TlsConnector(destination, tls == null ? defaultContext() : tls, tuning.connectTimeout());
        var appender = new SyslogAppender(new SenderLoop(connector, format, tuning), tuning.queueCapacity());
        appender.setContext(context);
        appender.setName(APPENDER_NAME);
        appender.start();
        root.addAppender(appender);
        return new SyslogShipping(appender);
    }

    /** A handle for a process that ships nothing. */
    public static SyslogShipping off() {
        return OFF;
    }

    /** Whether logs are being shipped at all. */
    public boolean active() {
        return appender != null;
    }

    /** Events that did not fit in the queue and were not shipped. */
    public long droppedCount() {
        return appender == null ? 0 : appender.droppedCount();
    }

    /** Events written to the syslog connection. */
    public long sentCount() {
        return appender == null ? 0 : appender.sentCount();
    }

    /** Detaches the appender and stops the sender, giving it a moment to send what is queued. */
    @Override
    public void close() {
        if (appender != null) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
        }
    }

    private static void detachPrevious(Logger root) {
        Optional.ofNullable(root.getAppender(APPENDER_NAME)).ifPresent(previous -> {
            root.detachAppender(previous);
            previous.stop();
        });
    }

    private static SSLContext defaultContext() {
        try {
            return SSLContext.getDefault();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this runtime has no TLS", e);
        }
    }

    /** Sizes that tests shrink; production uses {@link #DEFAULT}. */
    record Tuning(
            int queueCapacity, Duration connectTimeout, Duration firstRetry, Duration maxRetry, Duration drainOnClose) {
        static final Tuning DEFAULT = new Tuning(
                10_000, Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(2));
    }
}
