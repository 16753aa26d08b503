package dev.golanes.playback;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;

/** What the pointer is over on the timeline, in words: lane, state, start, end and duration. */
public final class SegmentInfo {
    private SegmentInfo() {
    }

    /**
     * The segment of {@code lane} under time {@code at}, as far as the run has got by {@code now};
     * null when there is nothing there.
     */
    public static String describe(Texts t, Trace trace, int lane, long at, long now) {
        if (lane < 0 || lane >= trace.laneCount() || at > now) {
            return null;
        }
        int best = -1;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            if (trace.isSpan(i) && trace.start(i) <= at && at < Math.max(trace.end(i), trace.start(i) + 1)
                    && visible(trace, i) && (best < 0 || rank(trace.spanKind(i)) > rank(trace.spanKind(best)))) {
                best = i;
            }
        }
        // In the sequential program there is no goroutine but main: a call's row is main running it.
        String name = lane == 0 ? "main" : trace.scenario().mode() == Mode.SEQUENTIAL
                ? t.format("tip.sequentialCall", dev.golanes.scenario.Scenario.callId(lane))
                : dev.golanes.scenario.Scenario.callId(lane);
        if (best < 0) {
            long laneEnd = trace.laneEnd(lane);
            return lane > 0 && trace.laneSize(lane) > 0 && laneEnd <= at
                    ? t.format("tip.done", name, laneEnd / 1_000) : null;
        }
        long start = trace.start(best);
        long end = Math.min(trace.end(best), now);
        String kind = trace.spanKind(best).name().toLowerCase(java.util.Locale.ROOT);
        // Unlock without Lock: the bar is the unguarded work, as the figure's legend says.
        boolean unguarded = trace.spanKind(best) == SpanKind.APPEND && trace.scenario().mode() == Mode.DOUBLE_UNLOCK;
        String state = t.format(unguarded ? "tip.state.unguarded" : "tip.state." + kind);
        String times = trace.end(best) <= now
                ? t.format("tip.times", start / 1_000, end / 1_000, (end - start) / 1_000)
                : t.format("tip.timesSoFar", start / 1_000, (end - start) / 1_000);
        // The race reads the length before its gap; Unlock without Lock appends in one statement.
        String extra = trace.is(best, SpanKind.APPEND) && trace.scenario().mode() == Mode.RACE
                ? "\n" + t.format("tip.readLen", trace.arg(best)) : "";
        return name + " · " + state + "\n" + times + extra;
    }

    /** With the lock the append is drawn as part of the hold; without it (race, Unlock without Lock) on its own. */
    private static boolean visible(Trace trace, int i) {
        return !trace.is(i, SpanKind.APPEND) || !trace.scenario().mode().usesMutex();
    }

    private static int rank(SpanKind kind) {
        return switch (kind) {
            case LOCK_WAIT, WG_WAIT -> 3;
            case APPEND -> 2;
            default -> 1;
        };
    }
}
