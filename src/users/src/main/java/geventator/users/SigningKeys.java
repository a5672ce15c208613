package geventator.users;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The ES256 key pairs that sign access tokens, kept as a JWK set in one file. The first key signs; every
 * key's public half is published, so an old key can stay listed while tokens it signed expire. The file is
 * generated on first start when absent, readable by its owner only.
 */
final class SigningKeys {

    private final JWKSet keys;

    private SigningKeys(JWKSet keys) {
        this.keys = keys;
    }

    static SigningKeys loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            JWKSet keys = JWKSet.load(file.toFile());
            if (keys.getKeys().isEmpty() || !(keys.getKeys().get(0) instanceof ECKey first) || !first.isPrivate()) {
                throw new IllegalStateException("token keys file " + file + " must hold a private EC P-256 key first");
            }
            return new SigningKeys(keys);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read the token keys file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        ECKey key;
        try {
            key = new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a token signing key", e);
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".token-keys", ".json");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, new JWKSet(key).toString(false), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first: use theirs, so both sign with the same key.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's access control list.
        }
    }

    ECKey signingKey() {
        return (ECKey) keys.getKeys().get(0);
    }

    JWKSet publicKeys() {
        return keys.toPublicJWKSet();
    }
}
