package dev.golanes.trace;

import dev.golanes.scenario.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one call did, in totals: when it started and ended; how long it slept, waited for the lock,
 * held it, and appended without it; and what became of it. Times in microseconds; an open span counts
 * up to the end of the trace.
 *
 * @param start  when its first step began, or -1 if it never started (main returned, or the program was
 *               stopped, before the goroutine ran)
 * @param end    when its last step ended, or, never started, when the program ended (killed or stopped)
 * @param append time appending without the lock (the race, Unlock without Lock); with the lock the
 *               append is part of {@code lockHeld}, and counted there only
 */
public record CallSummary(int lane, long start, long sleep, long lockWait, long lockHeld, long append, long end,
                          Outcome outcome) {

    /** What became of a call. */
    public enum Outcome {
        /**
         * It ran to its last step (its id in {@code results} when the program collects them). Not
         * "done": in the pitfall that forgets wg.Done() it finishes without calling it.
         */
        FINISHED,
        /** It appended, but another append overwrote its id: it is not in {@code results}. */
        LOST,
        /** Not finished (or not started) when main returned: killed with the program. */
        KILLED,
        /** Not finished (or not started) when the program was stopped: by another goroutine's fatal error, or by Stop. */
        STOPPED,
        /** Its own step made Go stop the program with a fatal error. */
        FATAL;

        /** The word exports use. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the call took a step before the program ended. */
    public boolean started() {
        return start >= 0;
    }

    /** One summary per call, in lane order. */
    public static List<CallSummary> of(Trace trace) {
        List<CallSummary> rows = new ArrayList<>(trace.laneCount() - 1);
        boolean[] lost = new boolean[trace.laneCount()];
        for (int lane : trace.lostLanes()) {
            lost[lane] = true;
        }
        for (int lane = 1; lane < trace.laneCount(); lane++) {
            rows.add(ofLane(trace, lane, lost[lane]));
        }
        return rows;
    }

    static CallSummary ofLane(Trace trace, int lane, boolean lost) {
        long start = -1;
        long end = 0;
        boolean printed = false;
        boolean done = false;
        long[] byKind = new long[SpanKind.values().length];
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            long eventEnd = Math.min(trace.end(i), trace.endMicros());
            if (start < 0 && !trace.is(i, MarkKind.KILLED)) {
                // Its first step; dying with the program is none (Add inside's goroutines never started).
                start = trace.start(i);
            }
            end = Math.max(end, eventEnd);
            if (trace.isSpan(i)) {
                byKind[trace.spanKind(i).ordinal()] += eventEnd - trace.start(i);
            }
            printed |= trace.is(i, MarkKind.PRINT);
            done |= trace.is(i, MarkKind.WG_DONE);
        }
        // A call has finished at its last step: wg.Done(), or its print where the program has no
        // wg.Done() (sequential, and the pitfall that forgets it).
        Mode mode = trace.scenario().mode();
        boolean finished = mode == Mode.SEQUENTIAL || mode == Mode.MISSING_DONE ? printed : done;
        int fatal = trace.fatalEvent();
        Outcome outcome;
        if (fatal >= 0 && trace.lane(fatal) == lane) {
            outcome = Outcome.FATAL;
        } else if (!finished) {
            // Started or not: main returned before it finished (Add inside), or the program was stopped,
            // by another goroutine's fatal error or by the Stop button during a real run.
            outcome = fatal < 0 && trace.isComplete() ? Outcome.KILLED : Outcome.STOPPED;
        } else {
            outcome = lost ? Outcome.LOST : Outcome.FINISHED;
        }
        if (start < 0 && end == 0) {
            // Never started, and no mark of its death either (a stop, or another goroutine's fatal error):
            // it ended with the program.
            end = trace.endMicros();
        }
        long append = mode.usesMutex() ? 0 : byKind[SpanKind.APPEND.ordinal()];
        return new CallSummary(lane, start, byKind[SpanKind.SLEEP.ordinal()],
                byKind[SpanKind.LOCK_WAIT.ordinal()], byKind[SpanKind.LOCK_HELD.ordinal()], append, end, outcome);
    }
}
