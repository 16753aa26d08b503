package dev.golanes.trace;

import java.util.Arrays;

/**
 * Answers "what was the state at time t?" for one trace by binary search over times sorted once,
 * so seeking anywhere costs the same as playing forward, and forwards and backwards agree. Only
 * what has happened by t is then looked at (the lock waits begun, the appends finished), never
 * the whole trace: the window asks at every frame.
 * An event at time {@code ts} has happened at {@code t >= ts}; a span covers {@code [start, end)}.
 */
public final class TraceIndex {
    private final Trace trace;
    private final long[] printTimes;
    private final long[] wgTimes;
    private final int[] wgCounters;
    private final int waitSpan;
    private final int[] holds;
    private final long[] holdStarts;
    private final int[] waits;
    private final long[] waitStarts;
    private final long[] eventTimes;

    public TraceIndex(Trace trace) {
        this.trace = trace;
        int n = trace.size();
        long[] prints = new long[n];
        long[] wg = new long[n];
        int[] counters = new int[n];
        int[] held = new int[n];
        int[] waiting = new int[n];
        int printCount = 0;
        int wgCount = 0;
        int holdCount = 0;
        int waitCount = 0;
        int mainWait = -1;
        for (int i = 0; i < n; i++) {
            if (trace.is(i, MarkKind.PRINT)) {
                prints[printCount++] = trace.start(i);
            } else if (trace.is(i, MarkKind.WG_ADD) || trace.is(i, MarkKind.WG_DONE)) {
                wg[wgCount] = trace.start(i);
                counters[wgCount++] = (int) trace.arg(i);
            } else if (trace.is(i, SpanKind.LOCK_HELD)) {
                held[holdCount++] = i;
            } else if (trace.is(i, SpanKind.LOCK_WAIT)) {
                waiting[waitCount++] = i;
            } else if (trace.is(i, SpanKind.WG_WAIT) && mainWait < 0) {
                mainWait = i;
            }
        }
        this.printTimes = Arrays.copyOf(prints, printCount);
        this.wgTimes = Arrays.copyOf(wg, wgCount);
        this.wgCounters = Arrays.copyOf(counters, wgCount);
        this.holds = Arrays.copyOf(held, holdCount);
        this.holdStarts = new long[holdCount];
        for (int k = 0; k < holdCount; k++) {
            holdStarts[k] = trace.start(holds[k]);
        }
        this.waits = Arrays.copyOf(waiting, waitCount);
        this.waitStarts = new long[waitCount];
        for (int k = 0; k < waitCount; k++) {
            waitStarts[k] = trace.start(waits[k]);
        }
        this.waitSpan = mainWait;
        this.eventTimes = distinctEventTimes(trace);
    }

    public Trace trace() {
        return trace;
    }

    /** The state at time {@code t}, clamped to the run. */
    public Moment at(long t) {
        long time = Math.max(0, Math.min(t, trace.endMicros()));
        int printed = countAtOrBefore(printTimes, time);
        int wgIndex = countAtOrBefore(wgTimes, time) - 1;
        int counter = wgIndex < 0 ? 0 : wgCounters[wgIndex];
        boolean mainWaiting = waitSpan >= 0 && covers(waitSpan, time);
        int holder = -1;
        int hold = countAtOrBefore(holdStarts, time) - 1;
        if (hold >= 0 && covers(holds[hold], time)) {
            holder = trace.lane(holds[hold]);
        }
        int[] results = trace.resultLanesAt(time);
        return new Moment(time, printed, counter, mainWaiting, holder, queueAt(time), results,
                trace.lostLanesAt(time, results), trace.isComplete() && time >= trace.endMicros());
    }

    /** The first instant after {@code t} at which something happens, or the end of the run. */
    public long nextEventAfter(long t) {
        int k = countAtOrBefore(eventTimes, t);
        return k < eventTimes.length ? eventTimes[k] : trace.endMicros();
    }

    /** The last instant before {@code t} at which something happens, or 0. */
    public long previousEventBefore(long t) {
        int k = countAtOrBefore(eventTimes, t - 1) - 1;
        return k >= 0 ? eventTimes[k] : 0;
    }

    /**
     * The calls (lanes from 1) that do something at instant {@code t}: begin or end a step, print,
     * call wg.Add or wg.Done; in order. Looked up by a scan, once per step taken, not per frame.
     */
    public int[] callsActingAt(long t) {
        boolean[] acting = new boolean[trace.laneCount()];
        int count = 0;
        for (int i = 0; i < trace.size(); i++) {
            int lane = trace.lane(i);
            if (lane > 0 && !acting[lane] && (trace.start(i) == t || trace.isSpan(i) && trace.end(i) == t)) {
                acting[lane] = true;
                count++;
            }
        }
        int[] calls = new int[count];
        int k = 0;
        for (int lane = 1; lane < acting.length && k < count; lane++) {
            if (acting[lane]) {
                calls[k++] = lane;
            }
        }
        return calls;
    }

    /**
     * Lanes waiting for the lock at {@code t}, in the order they arrived. The trace records waits in
     * arrival order, ties in the order the goroutines queued, and the simulated mutex serves in that order.
     */
    private int[] queueAt(long t) {
        int started = countAtOrBefore(waitStarts, t);
        int[] queue = new int[started];
        int size = 0;
        for (int k = 0; k < started; k++) {
            if (t < trace.end(waits[k])) {
                queue[size++] = trace.lane(waits[k]);
            }
        }
        return Arrays.copyOf(queue, size);
    }

    private boolean covers(int span, long t) {
        return trace.start(span) <= t && t < trace.end(span);
    }

    /** How many of the sorted {@code times} are {@code <= t}. */
    static int countAtOrBefore(long[] times, long t) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] <= t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Every instant at which an event starts or a span ends, sorted, without repeats. */
    private static long[] distinctEventTimes(Trace trace) {
        long[] times = new long[trace.size() * 2 + 1];
        int n = 0;
        for (int i = 0; i < trace.size(); i++) {
            times[n++] = trace.start(i);
            if (trace.isSpan(i) && trace.duration(i) > 0) {
                times[n++] = trace.end(i);
            }
        }
        times[n++] = trace.endMicros();
        Arrays.sort(times, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct == 0 || times[distinct - 1] != times[k]) {
                times[distinct++] = times[k];
            }
        }
        return Arrays.copyOf(times, distinct);
    }
}
