package dev.golanes.trace;

import dev.golanes.scenario.Scenario;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Collects the events of a run in the order they start, then freezes them into a {@link Trace}.
 * Spans are opened with {@link #begin} and closed with {@link #end}, so they are stored in start
 * order even when their length is learned later. Times must never go backwards.
 *
 * <p>Not thread-safe: an engine with several threads serialises its calls.
 */
public final class TraceBuilder {
    private static final byte DROPPED = Byte.MIN_VALUE;

    private final Scenario scenario;
    private final String engine;
    private byte[] code;
    private int[] lane;
    private long[] start;
    private long[] duration;
    private long[] arg;
    private String[] text;
    /** The events whose line goes on with their lane's call id (see {@link #printWithId}). */
    private BitSet withId = new BitSet();
    /** The spans {@link #cut} or {@link #cutOpen} shortened. */
    private BitSet cutShort = new BitSet();
    private int size;
    private int dropped;
    private long lastTime;
    /** Set once {@link #buildFinal} has handed the columns to a trace. */
    private boolean frozen;

    public TraceBuilder(Scenario scenario, String engine) {
        this(scenario, engine, 64);
    }

    /**
     * @param expectedEvents room to make up front: a real run records under a lock that every
     *                       thread waits for, so it should not stop to grow its arrays
     */
    public TraceBuilder(Scenario scenario, String engine, int expectedEvents) {
        this.scenario = scenario;
        this.engine = engine;
        int capacity = Math.max(16, expectedEvents);
        code = new byte[capacity];
        lane = new int[capacity];
        start = new long[capacity];
        duration = new long[capacity];
        arg = new long[capacity];
        text = new String[capacity];
    }

    /** Opens a span at {@code time}; returns its handle for {@link #end} or {@link #drop}. */
    public int begin(int laneIndex, SpanKind kind, long time, long value) {
        int slot = append(laneIndex, time);
        code[slot] = (byte) kind.ordinal();
        duration[slot] = TraceEvent.Span.OPEN;
        arg[slot] = value;
        return slot;
    }

    /** Closes an open span at {@code time}. */
    public void end(int slot, long time) {
        if (duration[slot] != TraceEvent.Span.OPEN) {
            throw new IllegalStateException("span " + slot + " already ended");
        }
        if (time < start[slot]) {
            throw new IllegalArgumentException("span " + slot + " would end before it starts");
        }
        duration[slot] = time - start[slot];
    }

    /** When the event in {@code slot} starts. */
    public long startOf(int slot) {
        return start[slot];
    }

    /** Sets the argument of an event already recorded (an append learns its read length when it runs). */
    public void setArg(int slot, long value) {
        arg[slot] = value;
    }

    /** Forgets a span that turned out not to happen, such as a lock wait of no length. */
    public void drop(int slot) {
        if (code[slot] != DROPPED) {
            code[slot] = DROPPED;
            dropped++;
        }
    }

    public void mark(int laneIndex, MarkKind kind, long time, long value) {
        int slot = append(laneIndex, time);
        code[slot] = markCode(kind);
        duration[slot] = 0;
        arg[slot] = value;
    }

    /**
     * Records a printed line.
     *
     * @param newline whether the program ended the line ({@code Println}), or left it open
     *                ({@code Printf} without {@code \n}), so the output can be rebuilt byte for byte
     */
    public void print(int laneIndex, long time, String line, boolean newline) {
        mark(laneIndex, MarkKind.PRINT, time, newline ? MarkKind.NEWLINE : 0);
        text[size - 1] = line;
    }

    /**
     * Records a printed line that ends with its lane's call id, as {@code dbCall} prints its result.
     * Only the words before the id are kept, so a million printed results share one string instead of
     * being a million strings; {@link Trace#text} gives the whole line.
     */
    public void printWithId(int laneIndex, long time, String prefix, boolean newline) {
        print(laneIndex, time, prefix, newline);
        withId.set(size - 1);
    }

    /** Records a line written to standard error, as Go writes its fatal errors. */
    public void printError(int laneIndex, long time, String line) {
        mark(laneIndex, MarkKind.PRINT, time, MarkKind.NEWLINE | MarkKind.STDERR);
        text[size - 1] = line;
    }

    /** Records a mark that carries text, such as a fatal error. */
    public void mark(int laneIndex, MarkKind kind, long time, long value, String line) {
        mark(laneIndex, kind, time, value);
        text[size - 1] = line;
    }

    /**
     * Cuts a span short at {@code time}: the program ended while it was still going (a sleep
     * recorded with its planned length, or one still open). Spans that end by then are left alone.
     */
    public void cut(int slot, long time) {
        if (code[slot] == DROPPED || duration[slot] != TraceEvent.Span.OPEN && start[slot] + duration[slot] <= time) {
            return;
        }
        duration[slot] = Math.max(0, time - start[slot]);
        cutShort.set(slot);
    }

    /**
     * Cuts every span still going on at {@code time} there: the open ones, and those recorded with
     * a planned end after it (see {@link #cut}).
     */
    public void cutAll(long time) {
        for (int i = 0; i < size; i++) {
            if (code[i] >= 0) {
                cut(i, time);
            }
        }
    }

    /**
     * Ends every span still open at {@code time}, as when a program ends under goroutines that are
     * still running; returns the lanes that had one, each once, in lane order.
     */
    public int[] cutOpen(long time) {
        java.util.BitSet lanes = new java.util.BitSet();
        for (int i = 0; i < size; i++) {
            if (code[i] >= 0 && duration[i] == TraceEvent.Span.OPEN) {
                cut(i, time);
                lanes.set(lane[i]);
            }
        }
        return lanes.stream().toArray();
    }

    /** The latest time recorded so far. */
    public long lastTime() {
        return lastTime;
    }

    /**
     * Freezes what was recorded so far; the builder can go on recording (a live run's snapshots).
     *
     * @param endMicros when the program ended (for a live run: the time of this snapshot)
     * @param complete  whether the run is over; an incomplete trace may hold open spans
     */
    public Trace build(long endMicros, boolean complete) {
        int n = size - dropped;
        byte[] c = new byte[n];
        int[] l = new int[n];
        long[] s = new long[n];
        long[] d = new long[n];
        long[] a = new long[n];
        String[] t = new String[n];
        Flags flags = keep(c, l, s, d, a, t, complete);
        return new Trace(scenario, engine, new Trace.Columns(c, l, s, d, a, t, flags.withId(), flags.cut(), n),
                Math.max(endMicros, lastTime), complete);
    }

    /**
     * Freezes what was recorded, for the last time: the trace takes the builder's columns over
     * instead of copying them (a million calls make hundreds of megabytes of them), so nothing can be
     * recorded afterwards. Columns that are mostly empty are cut to size first.
     */
    public Trace buildFinal(long endMicros, boolean complete) {
        if (dropped == 0) {
            // Nothing to squeeze out: the columns stay where they are.
            for (int i = 0; i < size; i++) {
                checkEnded(i, complete);
            }
        } else {
            // Squeezed in place: each event kept moves down, never up.
            Flags flags = keep(code, lane, start, duration, arg, text, complete);
            int kept = size - dropped;
            Arrays.fill(text, kept, size, null);
            withId = flags.withId();
            cutShort = flags.cut();
            size = kept;
            dropped = 0;
        }
        if (size < code.length / 4 * 3) {
            resize(size);
        }
        Trace trace = new Trace(scenario, engine, new Trace.Columns(code, lane, start, duration, arg, text, withId, cutShort, size),
                Math.max(endMicros, lastTime), complete);
        frozen = true;
        return trace;
    }

    /** Which of the kept events carry their call id, and which were cut short. */
    private record Flags(BitSet withId, BitSet cut) {
    }

    /**
     * Copies the events that were not dropped, in order, into the given columns (which may be the
     * builder's own: an event only ever moves down); returns the flags of the copies.
     */
    private Flags keep(byte[] c, int[] l, long[] s, long[] d, long[] a, String[] t, boolean complete) {
        BitSet ids = new BitSet();
        BitSet cuts = new BitSet();
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (code[i] == DROPPED) {
                continue;
            }
            checkEnded(i, complete);
            c[j] = code[i];
            l[j] = lane[i];
            s[j] = start[i];
            d[j] = duration[i];
            a[j] = arg[i];
            t[j] = text[i];
            if (withId.get(i)) {
                ids.set(j);
            }
            if (cutShort.get(i)) {
                cuts.set(j);
            }
            j++;
        }
        return new Flags(ids, cuts);
    }

    private void checkEnded(int i, boolean complete) {
        if (complete && duration[i] == TraceEvent.Span.OPEN) {
            throw new IllegalStateException("a complete trace has an open span at event " + i);
        }
    }

    static byte markCode(MarkKind kind) {
        return (byte) (-1 - kind.ordinal());
    }

    private int append(int laneIndex, long time) {
        if (frozen) {
            throw new IllegalStateException("the trace was built for the last time");
        }
        if (time < lastTime) {
            throw new IllegalArgumentException("time went backwards: " + time + " after " + lastTime);
        }
        if (laneIndex < 0 || laneIndex > scenario.calls()) {
            throw new IllegalArgumentException("no lane " + laneIndex);
        }
        if (size == code.length) {
            grow();
        }
        lastTime = time;
        lane[size] = laneIndex;
        start[size] = time;
        return size++;
    }

    private void grow() {
        resize(code.length * 2);
    }

    private void resize(int capacity) {
        code = Arrays.copyOf(code, capacity);
        lane = Arrays.copyOf(lane, capacity);
        start = Arrays.copyOf(start, capacity);
        duration = Arrays.copyOf(duration, capacity);
        arg = Arrays.copyOf(arg, capacity);
        text = Arrays.copyOf(text, capacity);
    }
}
