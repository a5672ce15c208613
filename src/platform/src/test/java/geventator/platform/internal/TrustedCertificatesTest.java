package geventator.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trust-ca-file adds a private CA to the JDK's CAs: a real TLS handshake with a server it signed. */
class TrustedCertificatesTest {

    @TempDir
    static Path dir;

    static Path keystore;
    static Path pem;

    /** A private CA made with the JDK's keytool: its key pair in PKCS12, its certificate as PEM. */
    @BeforeAll
    static void privateCa() throws Exception {
        keystore = dir.resolve("server.p12");
        pem = dir.resolve("ca.pem");
        keytool(
                "-genkeypair",
                "-alias",
                "ca",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=private test CA",
                "-ext",
                "bc:c",
                "-ext",
                "san=ip:127.0.0.1",
                "-validity",
                "2",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "ca",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-file",
                pem.toString());
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void a_server_signed_by_the_added_ca_is_trusted_and_every_jdk_ca_still_is() throws Exception {
        X509Certificate[] jdkCas = TrustedCertificates.defaultTrustManager().getAcceptedIssuers();
        assertThat(jdkCas).isNotEmpty();

        assertThatThrownBy(() -> handshake(SSLContext.getDefault())).isInstanceOf(SSLHandshakeException.class);
        assertThat(handshake(TrustedCertificates.context(pem))).startsWith("TLSv1.");
        assertThat(TrustedCertificates.trustManager(pem).getAcceptedIssuers())
                .hasSize(jdkCas.length + 1)
                .contains(jdkCas)
                .anyMatch(ca -> ca.getSubjectX500Principal().getName().equals("CN=private test CA"));
    }

    @Test
    void a_file_without_certificates_is_a_configuration_error_naming_it() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "not a certificate\n");
        assertThatThrownBy(() -> TrustedCertificates.context(empty))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("trust-ca-file")
                .hasMessageContaining("empty.pem");
        assertThatThrownBy(() -> TrustedCertificates.context(dir.resolve("missing.pem")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cannot read trust-ca-file");
    }

    /** One TLS handshake with a loopback server that presents the private CA's certificate. */
    private static String handshake(SSLContext client) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, "changeit".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(km.getKeyManagers(), null, null);
        try (SSLServerSocket listening = (SSLServerSocket)
                server.getServerSocketFactory().createServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) listening.accept();
                        OutputStream out = accepted.getOutputStream()) {
                    out.write('!');
                } catch (Exception ignored) {
                    // The client's failed handshake ends this side too.
                }
            });
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory()
                    .createSocket(java.net.InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
                socket.startHandshake();
                assertThat(socket.getInputStream().read()).isEqualTo('!');
                return socket.getSession().getProtocol();
            } finally {
                served.get(30, TimeUnit.SECONDS);
            }
        }
    }
}
