package dev.golanes.engine;

import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import java.util.BitSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * The trace of a real run, written by many threads. Each step takes its {@link System#nanoTime()}
 * and appends to the {@link TraceBuilder} under one lock, so times never go backwards and the trace
 * order is the order the steps really happened. A {@link ReentrantLock}, not {@code synchronized}:
 * a virtual thread that waits for it unmounts instead of pinning its carrier.
 *
 * <p>Once the run has ended or been stopped, the recorder is closed: later steps are ignored and
 * every snapshot is the same final trace.
 */
final class Recorder {
    /** A span opened at {@code start} (microseconds); {@code slot} is -1 when the recorder was closed. */
    record Open(int slot, long start) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** The goroutines main has started ({@code go}), and those that have returned: the rest die with the program. */
    private final BitSet startedGoroutines = new BitSet();
    private final BitSet returned = new BitSet();
    private final TraceBuilder trace;
    private final ConsoleWriter console;
    private volatile long baseNanos;
    private boolean started;
    private boolean closed;
    private boolean complete;
    private long endMicros;
    private Trace finalTrace;
    /** No time handed out is earlier than this: an append's end may be set a microsecond ahead. */
    private long floor;
    /** The end of the latest append recorded, so the next one ends strictly later. */
    private long lastAppendEnd = -1;

    /** @param console where printed lines also go, or null */
    Recorder(Scenario scenario, ConsoleWriter console) {
        this.trace = new TraceBuilder(scenario, RealEngine.NAME, expectedEvents(scenario));
        this.console = console;
    }

    /**
     * Records several steps that follow one another without blocking (each still takes its own
     * time) in one hold of the lock, so thousands of threads waking together do not queue for it
     * once per step. The lock is reentrant; the steps inside take it again at no cost.
     */
    <E extends Exception> void together(Steps<E> steps) throws E {
        lock.lock();
        try {
            steps.run();
        } finally {
            lock.unlock();
        }
    }

    /** Steps to record in one go. */
    @FunctionalInterface
    interface Steps<E extends Exception> {
        void run() throws E;
    }

    /** What a run of this scenario records: each call's sleep, print, Done and lock steps, and main's. */
    private static int expectedEvents(Scenario scenario) {
        long perCall = scenario.mode().usesMutex() ? 6 : 3;
        return (int) Math.min(Integer.MAX_VALUE - 8, (perCall + 2) * scenario.calls() + 8);
    }

    /** {@code t0 := time.Now()}: time 0 of the trace is now. */
    void start() {
        lock.lock();
        try {
            baseNanos = System.nanoTime();
            started = true;
        } finally {
            lock.unlock();
        }
    }

    Open open(int lane, SpanKind kind, long arg) {
        lock.lock();
        try {
            long now = now();
            if (closed) {
                return new Open(-1, now);
            }
            return new Open(trace.begin(lane, kind, now, arg), now);
        } finally {
            lock.unlock();
        }
    }

    /** A span opened by {@link #openAppend} and the length its goroutine read. */
    record Read(Open span, int length) {
    }

    /**
     * {@code n := len(results)} and the start of the append, as one step: the length is read when
     * the trace says it is, so replaying the trace's appends gives the slice the program built.
     */
    Read openAppend(int lane, IntSupplier readLength) {
        lock.lock();
        try {
            long now = now();
            int length = readLength.getAsInt();
            if (closed) {
                return new Read(new Open(-1, now), length);
            }
            return new Read(new Open(trace.begin(lane, SpanKind.APPEND, now, length), now), length);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The write that ends an append, and its end, as one step. Appends end strictly one after
     * another (one a microsecond later when two fall in the same microsecond), so the trace orders
     * the writes as they happened and its replay leaves the ids the program's slice has. The race
     * is untouched: what a goroutine overwrites was decided by the length it read earlier.
     */
    void closeAppend(Open span, Runnable write) {
        lock.lock();
        try {
            write.run();
            if (!closed && span.slot() >= 0) {
                long end = Math.max(now(), lastAppendEnd + 1);
                lastAppendEnd = end;
                floor = end;
                trace.end(span.slot(), end);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * An append with no gap between its read and its write ({@code --hold 0}): the read of the length,
     * the write at it and the span, as one step. In Go the two are a few instructions apart, and two
     * goroutines seldom fall between them; taken as two steps here, threads woken together would
     * all read the length before any wrote, and lose far more ids than Go does.
     */
    void appendAtOnce(int lane, IntSupplier readLength, IntConsumer writeAt) {
        lock.lock();
        try {
            Read read = openAppend(lane, readLength);
            closeAppend(read.span(), () -> writeAt.accept(read.length()));
        } finally {
            lock.unlock();
        }
    }

    /** Several steps as one: no other goroutine's step falls between them (the recorder's lock is reentrant). */
    void asOneStep(Runnable steps) {
        lock.lock();
        try {
            steps.run();
        } finally {
            lock.unlock();
        }
    }

    /** A goroutine returns without a wg.Done() (the pitfall that leaves it out): it is not running any more. */
    void returned(int lane) {
        lock.lock();
        try {
            returned.set(lane);
        } finally {
            lock.unlock();
        }
    }

    void close(Open span) {
        lock.lock();
        try {
            if (!closed && span.slot() >= 0) {
                trace.end(span.slot(), now());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code m.Lock()} returned: ends the wait, if there was one, and opens the hold at the same
     * instant. A wait too short to measure in microseconds is dropped, as the simulator drops waits
     * of no length.
     */
    Open acquired(int lane, Open wait) {
        lock.lock();
        try {
            long now = now();
            if (closed) {
                return new Open(-1, now);
            }
            if (wait != null && wait.slot() >= 0) {
                if (now == wait.start()) {
                    trace.drop(wait.slot());
                } else {
                    trace.end(wait.slot(), now);
                }
            }
            return new Open(trace.begin(lane, SpanKind.LOCK_HELD, now, 0), now);
        } finally {
            lock.unlock();
        }
    }

    void mark(int lane, MarkKind kind, long arg) {
        lock.lock();
        try {
            if (!closed) {
                trace.mark(lane, kind, now(), arg);
                if (kind == MarkKind.GO) {
                    startedGoroutines.set((int) arg);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Carries out a step that changes a counter ({@code wg.Add}, {@code wg.Done}) and records the
     * value it left, in one go, so the counters in the trace follow the trace's order.
     */
    void markCounter(int lane, MarkKind kind, IntSupplier step) {
        lock.lock();
        try {
            int counter = step.getAsInt();
            if (!closed) {
                trace.mark(lane, kind, now(), counter);
                if (kind == MarkKind.WG_DONE) {
                    // wg.Done() is a goroutine's last step: it returns with it.
                    returned.set(lane);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    void print(int lane, String line, boolean newline) {
        lock.lock();
        try {
            if (!closed) {
                    printAt(lane, now(), line, newline);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code main} prints the total (and {@code results}) and returns: one instant, so the total
     * printed is the end of the trace, as in the simulator.
     *
     * @param results the {@code fmt.Println(results)} line, or null when the program has none
     */
    void exit(String results) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            long now = now();
            // fmt.Printf("\nTotal execution time: %v", time.Since(t0)) leaves its line open.
            printAt(0, now, "", true);
            printAt(0, now, "Total execution time: " + GoDuration.ofMicros(now), false);
            if (results != null) {
                printAt(0, now, results, true);
            }
            end(now, 0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Go stops the program: its error goes to standard error from the goroutine that hit it, and the
     * program ends with status 2, killing every goroutine still running.
     */
    void fatal(int lane, java.util.List<String> lines) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            long now = now();
            trace.mark(lane, MarkKind.FATAL, now, 2, lines.get(0));
            for (String line : lines) {
                trace.printError(lane, now, line);
            }
            end(now, 2);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The program ends: goroutines still running die with it, their spans cut here. So do those between
     * two steps (printed, not yet appended; or the one whose m.Unlock() stopped it): every goroutine
     * started and not returned, as the simulator counts them, not only those with a span open.
     */
    private void end(long now, int status) {
        BitSet killed = new BitSet();
        for (int lane : trace.cutOpen(now)) {
            killed.set(lane);
        }
        BitSet running = (BitSet) startedGoroutines.clone();
        running.andNot(returned);
        killed.or(running);
        killed.clear(0);
        for (int lane = killed.nextSetBit(0); lane >= 0; lane = killed.nextSetBit(lane + 1)) {
            trace.mark(lane, MarkKind.KILLED, now, 0);
        }
        trace.mark(0, MarkKind.EXIT, now, status);
        complete = true;
        closeAt(now);
    }

    /** Stops recording: the trace ends now, with whatever spans are still open. */
    void stop() {
        lock.lock();
        try {
            if (!closed) {
                closeAt(started ? now() : 0);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The trace so far: ending now and possibly with open spans while the run goes on; once it has
     * ended or been stopped, its final trace, built once.
     */
    Trace snapshot() {
        lock.lock();
        try {
            if (!closed) {
                return trace.build(started ? now() : 0, false);
            }
            if (finalTrace == null) {
                finalTrace = trace.build(endMicros, complete);
            }
            return finalTrace;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The {@link System#nanoTime()} at which the trace reaches {@code micros}. Read without the lock:
     * time 0 is set before any call's thread starts, and by the thread that runs the calls itself.
     */
    long nanosAt(long micros) {
        return baseNanos + micros * 1_000;
    }

    private long now() {
        return Math.max(floor, (System.nanoTime() - baseNanos) / 1_000);
    }

    private void printAt(int lane, long time, String line, boolean newline) {
        trace.print(lane, time, line, newline);
        if (console != null) {
            console.print(line, newline);
        }
    }

    private void closeAt(long time) {
        endMicros = Math.max(time, trace.lastTime());
        closed = true;
        if (console != null && complete) {
            console.close();
        }
    }
}
