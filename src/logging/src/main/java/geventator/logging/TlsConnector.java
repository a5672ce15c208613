package geventator.logging;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Opens the TLS connection to the collector. The library's sender checks the certificate chain but not that it
 * names the host we dialled; HTTPS endpoint identification adds that check (and SNI comes with the host name).
 */
final class TlsConnector {

    private final SyslogDestination destination;
    private final SSLContext tls;
    private final int connectTimeoutMillis;

    TlsConnector(SyslogDestination destination, SSLContext tls, Duration connectTimeout) {
        this.destination = destination;
        this.tls = tls;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
    }

    SSLSocket connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(destination.host(), destination.port()), connectTimeoutMillis);
            plain.setKeepAlive(true);
            plain.setSoTimeout(connectTimeoutMillis);
            SSLSocket socket = (SSLSocket)
                    tls.getSocketFactory().createSocket(plain, destination.host(), destination.port(), true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    SyslogDestination destination() {
        return destination;
    }
}
