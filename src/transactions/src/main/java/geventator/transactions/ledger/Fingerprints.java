package geventator.transactions.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints, in hex: of a request, to tell a retry from another request; of an imported file. */
final class Fingerprints {

    private Fingerprints() {}

    static String of(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of {@code value}'s canonical JSON. */
    static String ofJson(ObjectMapper json, Object value) {
        try {
            return hex(json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
