package dev.golanes.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * What one call did, in totals: when it started and ended, and how long it slept, waited for the
 * lock and held it. Times in microseconds; an open span counts up to the end of the trace.
 */
public record CallSummary(int lane, long start, long sleep, long lockWait, long lockHeld, long end) {

    /** One summary per call, in lane order. */
    public static List<CallSummary> of(Trace trace) {
        List<CallSummary> rows = new ArrayList<>(trace.laneCount() - 1);
        for (int lane = 1; lane < trace.laneCount(); lane++) {
            rows.add(ofLane(trace, lane));
        }
        return rows;
    }

    static CallSummary ofLane(Trace trace, int lane) {
        long start = -1;
        long end = 0;
        long[] byKind = new long[SpanKind.values().length];
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            long eventEnd = Math.min(trace.end(i), trace.endMicros());
            if (start < 0) {
                start = trace.start(i);
            }
            end = Math.max(end, eventEnd);
            if (trace.isSpan(i)) {
                byKind[trace.spanKind(i).ordinal()] += eventEnd - trace.start(i);
            }
        }
        return new CallSummary(lane, Math.max(start, 0), byKind[SpanKind.SLEEP.ordinal()],
                byKind[SpanKind.LOCK_WAIT.ordinal()], byKind[SpanKind.LOCK_HELD.ordinal()], end);
    }
}
