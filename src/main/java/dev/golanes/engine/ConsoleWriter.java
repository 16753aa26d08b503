package dev.golanes.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands the printed lines to a {@link LineSink} on a thread of its own, in the order they were
 * recorded, flushing whenever it has caught up: the output appears live, and a call's thread only
 * queues its line (as a write to a pipe returns once the bytes are in the pipe).
 *
 * <p>The writer looks for lines every millisecond rather than being woken for each one: waking a
 * thread is a system call, and the line is queued while the trace's lock is held.
 */
final class ConsoleWriter implements Runnable {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final Line END = new Line("", false);

    private record Line(String text, boolean newline) {
    }

    private final LineSink sink;
    private final ConcurrentLinkedQueue<Line> queue = new ConcurrentLinkedQueue<>();

    ConsoleWriter(LineSink sink) {
        this.sink = sink;
    }

    void print(String text, boolean newline) {
        queue.add(new Line(text, newline));
    }

    /** No more lines will come: the writer drains what it has and ends. */
    void close() {
        queue.add(END);
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            Line line = queue.poll();
            if (line == null) {
                LockSupport.parkNanos(this, POLL_NANOS);
                continue;
            }
            while (line != null) {
                if (line == END) {
                    sink.flush();
                    return;
                }
                sink.print(line.text(), line.newline());
                line = queue.poll();
            }
            sink.flush();
        }
        // Interrupted: the run was stopped, and its remaining output is not wanted.
    }
}
