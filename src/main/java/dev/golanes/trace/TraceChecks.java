package dev.golanes.trace;

import dev.golanes.scenario.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules every trace of a complete run must follow, whatever engine made it. A simulated trace
 * must follow them exactly ({@code slackMicros = 0}); a real one within the scheduler's slack, the
 * time a real thread may take between one step and the next.
 */
public final class TraceChecks {
    private final Trace trace;
    private final long slack;
    private final List<String> violations = new ArrayList<>();

    private TraceChecks(Trace trace, long slackMicros) {
        this.trace = trace;
        this.slack = slackMicros;
    }

    /** Every rule the trace breaks, in words; empty when it follows them all. */
    public static List<String> check(Trace trace, long slackMicros) {
        TraceChecks checks = new TraceChecks(trace, slackMicros);
        checks.sleepsLastTheirDelay();
        Mode mode = trace.scenario().mode();
        if (mode.isPitfall()) {
            checks.pitfallEndsAsGoEndsIt();
            return List.copyOf(checks.violations);
        }
        checks.eachCallPrintsOnce();
        if (mode == Mode.SEQUENTIAL) {
            checks.sleepsBackToBack();
        } else {
            checks.waitEndsAtLastDone();
        }
        if (mode.usesMutex()) {
            checks.lockHoldsNeverOverlap();
            checks.lockNeverIdleWhileWaiting();
            checks.resultsHoldEveryIdOnce();
        }
        if (mode == Mode.RACE) {
            checks.everyAppendIsKeptOrLost();
        }
        return List.copyOf(checks.violations);
    }

    private void eachCallPrintsOnce() {
        int[] prints = new int[trace.laneCount()];
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.PRINT)) {
                prints[trace.lane(i)]++;
            }
        }
        for (int lane = 1; lane < prints.length; lane++) {
            if (prints[lane] != 1) {
                violations.add(Trace.laneName(lane) + " printed " + prints[lane] + " times, not once");
            }
        }
    }

    /**
     * The broken programs end as Go ends them: add-inside returns normally (status 0), killing what
     * still runs; a missing Done deadlocks with the counter above 0; an unlock of an unlocked mutex
     * stops the program. Killed goroutines never print after the end, and no call prints twice.
     */
    private void pitfallEndsAsGoEndsIt() {
        Mode mode = trace.scenario().mode();
        int expectedStatus = mode == Mode.ADD_INSIDE ? 0 : 2;
        if (trace.exitStatus() != expectedStatus) {
            violations.add("exit status " + trace.exitStatus() + ", not " + expectedStatus);
        }
        String fatal = trace.fatalError();
        String expectedFatal = switch (mode) {
            case MISSING_DONE -> "fatal error: all goroutines are asleep - deadlock!";
            case DOUBLE_UNLOCK -> "fatal error: sync: unlock of unlocked mutex";
            default -> "";
        };
        if (!fatal.equals(expectedFatal)) {
            violations.add("fatal error \"" + fatal + "\", not \"" + expectedFatal + "\"");
        }
        int[] prints = new int[trace.laneCount()];
        int lastCounter = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.PRINT) && trace.lane(i) > 0 && (trace.arg(i) & MarkKind.STDERR) == 0) {
                prints[trace.lane(i)]++;
            }
            if (trace.is(i, MarkKind.WG_ADD) || trace.is(i, MarkKind.WG_DONE)) {
                lastCounter = (int) trace.arg(i);
            }
            if (trace.start(i) > trace.endMicros() || trace.isSpan(i) && trace.end(i) > trace.endMicros()) {
                violations.add(Trace.laneName(trace.lane(i)) + " goes on after the program ended");
            }
        }
        for (int lane = 1; lane < prints.length; lane++) {
            if (prints[lane] > 1) {
                violations.add(Trace.laneName(lane) + " printed " + prints[lane] + " times");
            }
        }
        if (mode == Mode.MISSING_DONE && lastCounter != trace.laneCount() - 1) {
            violations.add("without wg.Done() the counter should stay at " + (trace.laneCount() - 1) + ", not " + lastCounter);
        }
    }

    private void sleepsLastTheirDelay() {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP) && !trace.wasKilled(trace.lane(i))) {
                long wanted = trace.arg(i) * 1_000;
                long actual = trace.duration(i);
                if (actual < wanted || actual > wanted + slack) {
                    violations.add(Trace.laneName(trace.lane(i)) + " slept " + actual + " µs for a delay of " + wanted + " µs");
                }
            }
        }
    }

    private void sleepsBackToBack() {
        long previousEnd = 0;
        for (int lane = 1; lane < trace.laneCount(); lane++) {
            int sleep = first(lane, SpanKind.SLEEP);
            if (sleep < 0) {
                violations.add(Trace.laneName(lane) + " never slept");
                continue;
            }
            long gap = trace.start(sleep) - previousEnd;
            if (gap < 0 || gap > slack) {
                violations.add(Trace.laneName(lane) + " started " + gap + " µs after the call before it ended");
            }
            previousEnd = trace.end(sleep);
        }
        expectTotal(previousEnd, "the end of the last call");
    }

    private void waitEndsAtLastDone() {
        long lastDone = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.WG_DONE)) {
                lastDone = Math.max(lastDone, trace.start(i));
            }
        }
        int wait = first(0, SpanKind.WG_WAIT);
        long waitEnd = wait < 0 ? 0 : trace.end(wait);
        if (waitEnd < lastDone || waitEnd > lastDone + slack) {
            violations.add("wg.Wait ended at " + waitEnd + " µs but the last wg.Done was at " + lastDone + " µs");
        }
        expectTotal(lastDone, "the last wg.Done");
    }

    private void lockHoldsNeverOverlap() {
        long previousEnd = Long.MIN_VALUE;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.LOCK_HELD)) {
                if (trace.start(i) < previousEnd) {
                    violations.add(Trace.laneName(trace.lane(i)) + " took the lock at " + trace.start(i)
                            + " µs while it was held until " + previousEnd + " µs");
                }
                previousEnd = Math.max(previousEnd, trace.end(i));
            }
        }
    }

    /**
     * While anyone waits, someone holds the lock, up to the slack between an unlock and the next
     * lock. The holds are merged into busy stretches once; each wait must fit inside one of them.
     */
    private void lockNeverIdleWhileWaiting() {
        List<long[]> busy = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (!trace.is(i, SpanKind.LOCK_HELD)) {
                continue;
            }
            long[] last = busy.isEmpty() ? null : busy.get(busy.size() - 1);
            if (last != null && trace.start(i) <= last[1] + slack) {
                last[1] = Math.max(last[1], trace.end(i));
            } else {
                busy.add(new long[] {trace.start(i), trace.end(i)});
            }
        }
        long[] starts = busy.stream().mapToLong(b -> b[0]).toArray();
        for (int i = 0; i < trace.size(); i++) {
            if (!trace.is(i, SpanKind.LOCK_WAIT)) {
                continue;
            }
            int k = TraceIndex.countAtOrBefore(starts, trace.start(i) + slack) - 1;
            long busyUntil = k < 0 ? trace.start(i) : Math.max(trace.start(i), busy.get(k)[1]);
            if (busyUntil + slack < trace.end(i)) {
                violations.add(Trace.laneName(trace.lane(i)) + " waited for the lock at " + busyUntil
                        + " µs while nobody held it");
            }
        }
    }

    private void resultsHoldEveryIdOnce() {
        int[] lanes = trace.resultLanes();
        Arrays.sort(lanes);
        boolean everyOnce = lanes.length == trace.laneCount() - 1;
        for (int k = 0; everyOnce && k < lanes.length; k++) {
            everyOnce = lanes[k] == k + 1;
        }
        if (!everyOnce) {
            violations.add("results " + trace.results() + " do not hold every id exactly once");
        }
    }

    /** Without the lock ids may be lost, but every call appends once and ends up kept or lost, never both. */
    private void everyAppendIsKeptOrLost() {
        int[] kept = trace.resultLanes();
        int[] lost = trace.lostLanes();
        int[] seen = new int[trace.laneCount()];
        for (int lane : kept) {
            seen[lane]++;
        }
        for (int lane : lost) {
            seen[lane]++;
        }
        for (int lane = 1; lane < seen.length; lane++) {
            if (seen[lane] != 1) {
                violations.add(Trace.laneName(lane) + " is " + seen[lane] + " times in results and lost, not once");
            }
        }
    }

    private void expectTotal(long expected, String what) {
        long total = trace.endMicros();
        if (total < expected || total > expected + slack) {
            violations.add("the total " + total + " µs is not " + what + " (" + expected + " µs)");
        }
    }

    private int first(int lane, SpanKind kind) {
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            if (trace.is(i, kind)) {
                return i;
            }
        }
        return -1;
    }
}
