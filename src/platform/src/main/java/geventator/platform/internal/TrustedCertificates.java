package geventator.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The trust-ca-file setting: CA certificates from a PEM file trusted in addition to the JDK's own, for a
 * private MongoDB or syslog receiver. Unlike {@code -Djavax.net.ssl.trustStore}, which replaces the JDK's CAs
 * (and so breaks Atlas and Papertrail), this keeps every default CA and adds the file's. Installed as the
 * process's default SSLContext, which the MongoDB driver, the syslog shipping and the HTTP client all use.
 */
final class TrustedCertificates {

    private TrustedCertificates() {}

    /** Makes the default SSLContext trust the JDK's CAs and the file's; nothing when the setting is empty. */
    static void install(java.util.Optional<String> pemFile) {
        if (pemFile.isEmpty()) {
            return;
        }
        SSLContext.setDefault(context(Path.of(pemFile.get())));
    }

    /** A TLS context that trusts the JDK's default CAs and every certificate in {@code pemFile}. */
    static SSLContext context(Path pemFile) {
        X509TrustManager trust = trustManager(pemFile);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("cannot use trust-ca-file " + pemFile + ": " + e.getMessage());
        }
    }

    /** The trust manager of {@link #context}: the JDK's CAs, then the file's. */
    static X509TrustManager trustManager(Path pemFile) {
        Collection<? extends Certificate> added;
        try (InputStream in = Files.newInputStream(pemFile)) {
            added = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read trust-ca-file " + pemFile + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException(
                    "trust-ca-file " + pemFile + " holds no PEM certificate: " + e.getMessage());
        }
        if (added.isEmpty()) {
            throw new ConfigurationException("trust-ca-file " + pemFile + " holds no PEM certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : defaultTrustManager().getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + n++, ca);
            }
            for (Certificate ca : added) {
                store.setCertificateEntry("added-" + n++, ca);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new GeneralSecurityException("no X.509 trust manager");
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("cannot use trust-ca-file " + pemFile + ": " + e.getMessage());
        }
    }

    static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK has no X.509 trust manager");
    }
}
