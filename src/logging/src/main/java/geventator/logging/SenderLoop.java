package geventator.logging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to the collector: takes entries from the queue, connects when it must, writes
 * octet-counted frames, and after a failure reconnects with backoff while the queue absorbs (or drops) new entries.
 * Connection trouble is logged once per outage, locally and, once reconnected, to Papertrail too.
 */
final class SenderLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SenderLoop.class);
    private static final long POLL_MILLIS = 200;

    private final TlsConnector connector;
    private final Rfc5424Format format;
    private final SyslogShipping.Tuning tuning;
    private final Backoff backoff;
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean stopping;
    private Thread thread;
    private SSLSocket socket;
    private OutputStream out;
    private long unflushed;
    private boolean failing;

    SenderLoop(TlsConnector connector, Rfc5424Format format, SyslogShipping.Tuning tuning) {
        this.connector = connector;
        this.format = format;
        this.tuning = tuning;
        this.backoff = new Backoff(tuning.firstRetry(), tuning.maxRetry());
    }

    void start(BlockingQueue<LogEntry> queue) {
        thread = new Thread(() -> run(queue), "papertrail-sender");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        stopping = true;
        if (thread == null) {
            return;
        }
        try {
            thread.join(tuning.drainOnClose().toMillis());
            thread.interrupt();
            thread.join(tuning.drainOnClose().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long sentCount() {
        return sent.get();
    }

    private void run(BlockingQueue<LogEntry> queue) {
        LogEntry pending = null;
        try {
            while (true) {
                if (pending == null) {
                    pending = next(queue);
                    if (pending == null && stopping) {
                        break;
                    }
                    if (pending == null) {
                        continue;
                    }
                }
                if (send(pending, queue.isEmpty())) {
                    pending = null;
                } else if (stopping) {
                    break;
                } else {
                    Thread.sleep(backoff.nextDelayMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            flushQuietly();
            disconnect();
        }
    }

    private LogEntry next(BlockingQueue<LogEntry> queue) throws InterruptedException {
        if (stopping) {
            return queue.poll();
        }
        LogEntry entry = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (entry == null) {
            flushQuietly();
        }
        return entry;
    }

    /** Writes one frame; flushes when nothing else is waiting, so a burst leaves in a few TLS records. */
    private boolean send(LogEntry entry, boolean lastForNow) {
        try {
            if (out == null) {
                connect();
            }
            out.write(OctetCounting.frame(format.format(entry)));
            unflushed++;
            if (lastForNow) {
                flush();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            disconnect();
            if (!failing) {
                failing = true;
                LOG.warn(
                        "Cannot ship logs to {}, retrying in the background: {}",
                        connector.destination(),
                        e.toString());
            }
            return false;
        }
    }

    private void connect() throws IOException {
        socket = connector.connect();
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        backoff.reset();
        if (failing) {
            failing = false;
            LOG.info("Shipping logs to {} again", connector.destination());
        }
    }

    private void flush() throws IOException {
        out.flush();
        sent.addAndGet(unflushed);
        unflushed = 0;
    }

    private void flushQuietly() {
        if (out != null && unflushed > 0) {
            try {
                flush();
            } catch (IOException e) {
                disconnect();
            }
        }
    }

    private void disconnect() {
        unflushed = 0;
        out = null;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a broken connection can fail too; the next send opens a new one.
            }
            socket = null;
        }
    }
}
