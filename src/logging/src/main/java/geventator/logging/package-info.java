/**
 * Papertrail shipping. The application calls {@link geventator.logging.SyslogShipping#install} once it has read
 * its settings. Hidden here: a Logback appender that only enqueues, a background sender that frames RFC 5424
 * messages by octet counting and writes them over a TLS connection that checks the certificate and the host name,
 * and the reconnect backoff.
 */
package geventator.logging;
