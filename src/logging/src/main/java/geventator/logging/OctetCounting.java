package geventator.logging;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5425 section 4.3: {@code SYSLOG-FRAME = MSG-LEN SP SYSLOG-MSG}, where MSG-LEN counts octets, and nothing
 * after the message. The library's own TLS sender appends CRLF, which a strict receiver reads as the start of
 * the next frame; so frames are built here.
 */
final class OctetCounting {

    private OctetCounting() {}

    static byte[] frame(String syslogMessage) {
        byte[] message = syslogMessage.getBytes(StandardCharsets.UTF_8);
        byte[] length = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[length.length + message.length];
        System.arraycopy(length, 0, frame, 0, length.length);
        System.arraycopy(message, 0, frame, length.length, message.length);
        return frame;
    }
}
