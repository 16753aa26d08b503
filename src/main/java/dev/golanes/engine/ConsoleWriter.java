package dev.golanes.engine;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * Hands the printed lines to a {@link LineSink} on a thread of its own, in the order they were
 * recorded, flushing whenever it has caught up: the output appears live, and a call's thread only
 * queues its line (as a write to a pipe returns once the bytes are in the pipe).
 */
final class ConsoleWriter implements Runnable {
    private static final Line END = new Line("", false);

    private record Line(String text, boolean newline) {
    }

    private final LineSink sink;
    private final LinkedBlockingQueue<Line> queue = new LinkedBlockingQueue<>();

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
        try {
            while (true) {
                Line line = queue.take();
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
        } catch (InterruptedException e) {
            // Cancelled: the run is over and its remaining output is not wanted.
        }
    }
}
