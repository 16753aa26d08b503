package dev.golanes.trace;

import dev.golanes.scenario.Mode;

/**
 * Why a run's total is what it is: the sum of the sleeps (sequential), the longest sleep
 * (concurrent), or the last {@code m.Unlock()} / last append (mutex, race). Names the span that
 * ends the run, so the timeline can point at it.
 *
 * @param kind       which rule applies
 * @param lane       the lane whose span decides the total (0 for the sum)
 * @param span       the trace index of that span, or -1
 * @param parts      how many sleeps the sum adds up (sequential), else 0
 * @param sumMicros  the sum of every sleep
 */
public record TotalRule(Kind kind, int lane, int span, int parts, long sumMicros) {

    /** The rule of each program. */
    public enum Kind {
        SUM_OF_SLEEPS, LONGEST_SLEEP, LAST_UNLOCK, LAST_APPEND
    }

    public static TotalRule of(Trace trace) {
        Mode mode = trace.scenario().mode();
        long sum = 0;
        int sleeps = 0;
        int deciding = -1;
        SpanKind decidingKind = switch (mode) {
            case SEQUENTIAL, CONCURRENT -> SpanKind.SLEEP;
            case MUTEX -> SpanKind.LOCK_HELD;
            case RACE -> SpanKind.APPEND;
        };
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP)) {
                sum += Math.max(0, trace.duration(i));
                sleeps++;
            }
            if (trace.is(i, decidingKind) && (deciding < 0 || trace.end(i) >= trace.end(deciding))) {
                deciding = i;
            }
        }
        Kind kind = switch (mode) {
            case SEQUENTIAL -> Kind.SUM_OF_SLEEPS;
            case CONCURRENT -> Kind.LONGEST_SLEEP;
            case MUTEX -> Kind.LAST_UNLOCK;
            case RACE -> Kind.LAST_APPEND;
        };
        int lane = deciding < 0 || kind == Kind.SUM_OF_SLEEPS ? 0 : trace.lane(deciding);
        return new TotalRule(kind, lane, kind == Kind.SUM_OF_SLEEPS ? -1 : deciding, sleeps, sum);
    }
}
