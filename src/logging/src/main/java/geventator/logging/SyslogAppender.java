package geventator.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Only enqueues: a logging call costs one copy and one non-blocking offer. Unsynchronized because the
 * queue is the only shared state and it is thread-safe; the synchronized base class would serialize callers.
 */
final class SyslogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private final BlockingQueue<LogEntry> queue;
    private final SenderLoop sender;
    private final LongAdder dropped = new LongAdder();

    SyslogAppender(SenderLoop sender, int queueCapacity) {
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.sender = sender;
    }

    @Override
    public void start() {
        super.start();
        sender.start(queue);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!queue.offer(LogEntry.of(event))) {
            dropped.increment();
        }
    }

    @Override
    public void stop() {
        super.stop();
        sender.stop();
    }

    long droppedCount() {
        return dropped.sum();
    }

    long sentCount() {
        return sender.sentCount();
    }
}
