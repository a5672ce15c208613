package geventator.logging;

import com.cloudbees.syslog.Facility;
import com.cloudbees.syslog.SDElement;
import com.cloudbees.syslog.SyslogMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a log entry into an RFC 5424 message with the library's formatter; the framing is {@link OctetCounting}'s. */
final class Rfc5424Format {

    /** The private enterprise number under which Loggly, Papertrail and SolarWinds read the ingestion token. */
    static final String TOKEN_ENTERPRISE_ID = "@41058";

    private final String appName;
    private final String hostname;
    private final String procId;
    private final SDElement token;

    Rfc5424Format(String appName, String token) {
        this(appName, token, localHostname());
    }

    Rfc5424Format(String appName, String token, String hostname) {
        this.appName = printable(appName, 48);
        this.hostname = printable(hostname, 255);
        this.procId = Long.toString(ProcessHandle.current().pid());
        this.token = token == null || token.isBlank() ? null : new SDElement(sdName(token) + TOKEN_ENTERPRISE_ID);
    }

    String format(LogEntry entry) {
        SyslogMessage message = new SyslogMessage()
                .withFacility(Facility.USER)
                .withSeverity(entry.severity())
                .withTimestamp(entry.epochMillis())
                .withHostname(hostname)
                .withAppName(appName)
                .withProcId(procId)
                .withMsg(entry.text());
        if (token != null) {
            message.withSDElement(token);
        }
        return message.toRfc5424SyslogMessage();
    }

    /** RFC 5424 header fields are printable US-ASCII without spaces, with a maximum length; NILVALUE when empty. */
    static String printable(String value, int maxLength) {
        if (value == null) {
            return "-";
        }
        String cleaned = value.chars()
                .filter(c -> c > 32 && c < 127)
                .limit(maxLength)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return cleaned.isEmpty() ? "-" : cleaned;
    }

    /** RFC 5424 SD-NAME: printable US-ASCII except '=', ']', '"' and space, which would end the element early. */
    static String sdName(String value) {
        return printable(value, 255).replaceAll("[=\\]\"]", "");
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "-");
        }
    }
}
