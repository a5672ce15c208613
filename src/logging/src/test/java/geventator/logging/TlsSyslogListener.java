package geventator.logging;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A strict RFC 5425 receiver on the loopback interface: each frame must be {@code MSG-LEN SP SYSLOG-MSG} with
 * nothing in between, so a trailing CRLF shows up as a framing error.
 */
final class TlsSyslogListener implements AutoCloseable {

    private final SSLServerSocket server;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final List<String> framingErrors = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusedHandshakes = new AtomicInteger();
    private final AtomicInteger openConnections = new AtomicInteger();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    private TlsSyslogListener(SSLServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::acceptAll, "syslog-listener-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static TlsSyslogListener start(SelfSignedCertificate certificate, int port) throws Exception {
        SSLServerSocket server = (SSLServerSocket)
                certificate.serverContext().getServerSocketFactory().createServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new TlsSyslogListener(server);
    }

    int port() {
        return server.getLocalPort();
    }

    String nextFrame(Duration timeout) throws InterruptedException {
        return frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<String> framesSoFar() {
        return List.copyOf(frames);
    }

    List<String> framingErrors() {
        return framingErrors;
    }

    int refusedHandshakes() {
        return refusedHandshakes.get();
    }

    int openConnections() {
        return openConnections.get();
    }

    /** Stops listening and drops every connection, as a collector that goes away would. */
    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.add(socket);
                Thread reader = new Thread(() -> readFrames((SSLSocket) socket), "syslog-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void readFrames(SSLSocket socket) {
        openConnections.incrementAndGet();
        try (socket) {
            try {
                socket.startHandshake();
            } catch (SSLException refused) {
                refusedHandshakes.incrementAndGet();
                return;
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (readFrame(in)) {
                // one frame per turn
            }
        } catch (IOException e) {
            framingErrors.add("connection failed: " + e);
        } finally {
            openConnections.decrementAndGet();
        }
    }

    private boolean readFrame(InputStream in) throws IOException {
        int length = 0;
        int digits = 0;
        for (int c = in.read(); c != ' '; c = in.read()) {
            if (c == -1) {
                if (digits > 0) {
                    framingErrors.add("stream ended inside MSG-LEN");
                }
                return false;
            }
            if (c < '0' || c > '9' || (digits == 0 && c == '0')) {
                framingErrors.add("expected MSG-LEN digit, got byte " + c);
                return false;
            }
            length = length * 10 + (c - '0');
            digits++;
        }
        byte[] message = in.readNBytes(length);
        if (message.length < length) {
            framingErrors.add("frame announced " + length + " octets, got " + message.length);
            return false;
        }
        frames.add(new String(message, StandardCharsets.UTF_8));
        return true;
    }
}
