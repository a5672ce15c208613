/**
 * Ships the application's logs to Papertrail over TLS syslog (RFC 5424 messages in RFC 5425 frames).
 * Only {@link geventator.logging.SyslogShipping} is public; the appender, framing and TLS connection stay inside.
 */
module geventator.logging {
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires org.slf4j;
    // The library's jar names no module; this is its file-derived automatic name, hence Maven's warning.
    requires syslog.java.client;

    exports geventator.logging;
}
