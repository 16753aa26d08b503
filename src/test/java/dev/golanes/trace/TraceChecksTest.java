package dev.golanes.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks themselves can fail: hand-built traces that break one rule each are reported, and only
 * for that rule. The run here is two goroutines that sleep 1 s; id1 then holds the lock 300 ms while
 * id2 waits for it.
 */
class TraceChecksTest {
    private static final long S = 1_000_000;
    private static final long HOLD = 300_000;
    private static final Scenario MUTEX = new Scenario(Mode.MUTEX, 2, new DelaySpec.Fixed(1000), 300, 1);

    /** What may go wrong in a hand-built mutex run. */
    private enum Fault { NONE, LOCK_TAKEN_WHILE_HELD, LOCK_IDLE_WHILE_WAITING, PRINTS_TWICE, SLEEPS_SHORT, LOST_APPEND }

    @Test
    void correctMutexRunPasses() {
        assertEquals(List.of(), TraceChecks.check(mutexRun(Fault.NONE), 0));
    }

    @Test
    void overlappingLockHoldsAreReported() {
        assertEquals(List.of("dbCall(id2) took the lock at 1000000 µs while it was held until 1300000 µs"),
                TraceChecks.check(mutexRun(Fault.LOCK_TAKEN_WHILE_HELD), 0));
    }

    @Test
    void lockIdleWhileSomeoneWaitsIsReported() {
        assertEquals(List.of("dbCall(id2) waited for the lock at 1300000 µs while nobody held it"),
                TraceChecks.check(mutexRun(Fault.LOCK_IDLE_WHILE_WAITING), 0));
    }

    @Test
    void slackForgivesAShortIdleLock() {
        assertEquals(List.of(), TraceChecks.check(mutexRun(Fault.LOCK_IDLE_WHILE_WAITING), 100_000));
    }

    @Test
    void laneThatPrintsTwiceIsReported() {
        assertEquals(List.of("dbCall(id1) printed 2 times, not once"), TraceChecks.check(mutexRun(Fault.PRINTS_TWICE), 0));
    }

    @Test
    void sleepShorterThanItsDelayIsReported() {
        assertEquals(List.of("dbCall(id1) slept 900000 µs for a delay of 1000000 µs"),
                TraceChecks.check(mutexRun(Fault.SLEEPS_SHORT), 0));
    }

    /** Two appends that read the same length: the lost update the mutex exists to prevent. */
    @Test
    void lostAppendIsReported() {
        List<String> violations = TraceChecks.check(mutexRun(Fault.LOST_APPEND), 0);
        assertEquals(List.of("results [id2] do not hold every id exactly once"), violations);
    }

    @Test
    void waitThatEndsBeforeTheLastDoneIsReported() {
        Scenario scenario = new Scenario(Mode.CONCURRENT, 1, new DelaySpec.Fixed(1000), 300, 1);
        TraceBuilder b = new TraceBuilder(scenario, Trace.SIMULATED);
        b.mark(0, MarkKind.WG_ADD, 0, 1);
        b.mark(0, MarkKind.GO, 0, 1);
        int wait = b.begin(0, SpanKind.WG_WAIT, 0, 0);
        b.end(b.begin(1, SpanKind.SLEEP, 0, 1000), S);
        b.end(wait, S / 2);
        b.print(1, S, "The result from the database is: id1", true);
        b.mark(1, MarkKind.WG_DONE, S, 0);
        assertEquals(List.of("wg.Wait ended at 500000 µs but the last wg.Done was at 1000000 µs"),
                TraceChecks.check(b.build(S, true), 0));
    }

    @Test
    void sequentialCallsWithAGapAreReported() {
        Scenario scenario = new Scenario(Mode.SEQUENTIAL, 2, new DelaySpec.Listed(List.of(1000L, 500L)), 300, 1);
        TraceBuilder b = new TraceBuilder(scenario, Trace.SIMULATED);
        b.end(b.begin(1, SpanKind.SLEEP, 0, 1000), S);
        b.print(1, S, "The result from the database is: id1", true);
        b.end(b.begin(2, SpanKind.SLEEP, S + 1, 500), S + 1 + S / 2);
        b.print(2, S + 1 + S / 2, "The result from the database is: id2", true);
        List<String> violations = TraceChecks.check(b.build(S + 1 + S / 2, true), 0);
        assertEquals(List.of("dbCall(id2) started 1 µs after the call before it ended"), violations);
    }

    @Test
    void totalPastTheLastCallIsReported() {
        Scenario scenario = new Scenario(Mode.SEQUENTIAL, 1, new DelaySpec.Fixed(1000), 300, 1);
        TraceBuilder b = new TraceBuilder(scenario, Trace.SIMULATED);
        b.end(b.begin(1, SpanKind.SLEEP, 0, 1000), S);
        b.print(1, S, "The result from the database is: id1", true);
        List<String> violations = TraceChecks.check(b.build(2 * S, true), 0);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).startsWith("the total 2000000 µs is not the end of the last call"), violations.get(0));
    }

    private static Trace mutexRun(Fault fault) {
        TraceBuilder b = new TraceBuilder(MUTEX, Trace.SIMULATED);
        for (int lane = 1; lane <= 2; lane++) {
            b.mark(0, MarkKind.WG_ADD, 0, lane);
            b.mark(0, MarkKind.GO, 0, lane);
        }
        int wait = b.begin(0, SpanKind.WG_WAIT, 0, 0);
        b.end(b.begin(1, SpanKind.SLEEP, 0, 1000), fault == Fault.SLEEPS_SHORT ? 900_000 : S);
        b.end(b.begin(2, SpanKind.SLEEP, 0, 1000), S);
        b.print(1, S, "The result from the database is: id1", true);
        if (fault == Fault.PRINTS_TWICE) {
            b.print(1, S, "The result from the database is: id1", true);
        }
        int held1 = b.begin(1, SpanKind.LOCK_HELD, S, 0);
        int append1 = b.begin(1, SpanKind.APPEND, S, 0);
        b.print(2, S, "The result from the database is: id2", true);
        long secondTakes = switch (fault) {
            case LOCK_TAKEN_WHILE_HELD -> S;
            case LOCK_IDLE_WHILE_WAITING -> S + HOLD + 50_000;
            default -> S + HOLD;
        };
        if (secondTakes > S) {
            b.end(b.begin(2, SpanKind.LOCK_WAIT, S, 0), secondTakes);
        }
        b.end(append1, S + HOLD);
        b.end(held1, S + HOLD);
        // The builder takes events in time order: id1's Done goes before or after id2 takes the lock.
        if (secondTakes >= S + HOLD) {
            b.mark(1, MarkKind.WG_DONE, S + HOLD, 1);
        }
        int held2 = b.begin(2, SpanKind.LOCK_HELD, secondTakes, 0);
        int append2 = b.begin(2, SpanKind.APPEND, secondTakes, fault == Fault.LOST_APPEND ? 0 : 1);
        if (secondTakes < S + HOLD) {
            b.mark(1, MarkKind.WG_DONE, S + HOLD, 1);
        }
        long end = secondTakes + HOLD;
        b.end(append2, end);
        b.end(held2, end);
        b.mark(2, MarkKind.WG_DONE, end, 0);
        b.end(wait, end);
        b.print(0, end, "", true);
        b.print(0, end, "Total execution time: " + GoDuration.ofMicros(end), false);
        b.mark(0, MarkKind.EXIT, end, 0);
        return b.build(end, true);
    }
}
