package geventator.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small text helpers every module needs in the same form. */
public final class Text {

    private Text() {}

    /** Null for null or blank text, the text unchanged otherwise. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Null for null or blank text, the text without surrounding white space otherwise. */
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}, as lower-case hexadecimal. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code bytes}, as lower-case hexadecimal. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
