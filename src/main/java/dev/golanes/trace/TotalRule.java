package dev.golanes.trace;

import dev.golanes.scenario.Mode;
import java.util.Comparator;
import java.util.stream.IntStream;

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
        SUM_OF_SLEEPS, LONGEST_SLEEP, LAST_UNLOCK, LAST_APPEND,
        /** {@code main} returned while goroutines were still running (the add-inside pitfall). */
        RETURNED_EARLY,
        /** Go stopped the program with a fatal error. */
        FATAL
    }

    public static TotalRule of(Trace trace) {
        Mode mode = trace.scenario().mode();
        long sum = 0;
        int sleeps = 0;
        int deciding = -1;
        if (mode.isPitfall()) {
            return new TotalRule(trace.exitStatus() != 0 ? Kind.FATAL : Kind.RETURNED_EARLY, 0, -1, 0, 0);
        }
        SpanKind decidingKind = switch (mode) {
            case SEQUENTIAL, CONCURRENT -> SpanKind.SLEEP;
            case MUTEX -> SpanKind.LOCK_HELD;
            default -> SpanKind.APPEND;
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
            default -> Kind.LAST_APPEND;
        };
        int lane = deciding < 0 || kind == Kind.SUM_OF_SLEEPS ? 0 : trace.lane(deciding);
        return new TotalRule(kind, lane, kind == Kind.SUM_OF_SLEEPS ? -1 : deciding, sleeps, sum);
    }

    /**
     * The sleeps that decide a Concurrent total together: every one that began and ended with the
     * deciding one ({@code --delay 2000}: all five), in lane order. No one of them is "the" longest, so
     * the timeline points at each. Just the deciding span for any other rule, none without one.
     */
    public static int[] tiedSpans(Trace trace, TotalRule rule) {
        if (rule.span() < 0) {
            return new int[0];
        }
        if (rule.kind() != Kind.LONGEST_SLEEP) {
            return new int[] {rule.span()};
        }
        long start = trace.start(rule.span());
        long end = trace.end(rule.span());
        return IntStream.range(0, trace.size())
                .filter(i -> trace.is(i, SpanKind.SLEEP) && trace.start(i) == start && trace.end(i) == end)
                .boxed().sorted(Comparator.comparingInt(trace::lane)).mapToInt(Integer::intValue).toArray();
    }
}
