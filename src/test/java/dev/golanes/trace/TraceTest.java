package dev.golanes.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frozen trace: lanes, console, results, and the rules for building one. */
class TraceTest {
    private static final Scenario TWO_CALLS = new Scenario(Mode.MUTEX, 2, new DelaySpec.Fixed(1), 0, 1);

    @Test
    void lanesAreNamedLikeTheGoFunctions() {
        assertEquals("main", Trace.laneName(0));
        assertEquals("dbCall(id7)", Trace.laneName(7));
    }

    @Test
    void eachLaneListsItsEventsInStartOrder() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        assertEquals(6, trace.laneCount());
        List<String> lane1 = new ArrayList<>();
        for (int k = 0; k < trace.laneSize(1); k++) {
            lane1.add(trace.event(trace.laneEvent(1, k)).name() + "@" + trace.start(trace.laneEvent(1, k)) / 1_000);
        }
        assertEquals(List.of("sleep@0", "print@2000", "lock-wait@2000", "lock-held@2300", "append@2300", "wg.Done@2600"), lane1);
    }

    /** Where Go's fatal error starts in the console: its first line, before the goroutine trace; -1 for a run main ended. */
    @Test
    void theFatalErrorLineIsWhereGosMessageStarts() {
        Trace fatal = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        int first = fatal.fatalErrorLine();
        assertEquals("fatal error: sync: unlock of unlocked mutex", fatal.console().get(first));
        assertEquals(false, fatal.isError(first - 1));
        assertEquals(-1, Simulator.run(Scenario.defaults(Mode.MUTEX, 42)).fatalErrorLine());
    }

    @Test
    void eventsAreAlsoRecords() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        List<TraceEvent> events = trace.events();
        assertEquals(trace.size(), events.size());
        assertEquals(new TraceEvent.Mark(0, MarkKind.WG_ADD, 0, 1, ""), events.get(0));
        assertEquals(new TraceEvent.Mark(0, MarkKind.EXIT, 3_500_000, 0, ""), events.get(events.size() - 1));
    }

    @Test
    void resultsGrowAsAppendsFinish() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        assertArrayEquals(new int[0], trace.resultLanesAt(2_299_999));
        assertArrayEquals(new int[] {3}, trace.resultLanesAt(2_300_000));
        assertArrayEquals(new int[] {3, 1, 5, 4, 2}, trace.resultLanesAt(3_500_000));
        assertEquals(List.of("id3", "id1", "id5", "id4", "id2"), trace.results());
    }

    /** Without the lock two appends can read the same length: the later write wins, as in Go. */
    @Test
    void appendsThatReadTheSameLengthOverwriteEachOther() {
        TraceBuilder b = new TraceBuilder(TWO_CALLS, Trace.SIMULATED);
        int first = b.begin(1, SpanKind.APPEND, 0, 0);
        int second = b.begin(2, SpanKind.APPEND, 1, 0);
        b.end(first, 5);
        b.end(second, 9);
        Trace trace = b.build(9, true);
        assertArrayEquals(new int[] {1}, trace.resultLanesAt(5));
        assertEquals(List.of("id2"), trace.results());
    }

    @Test
    void modesWithoutAppendHaveNoResults() {
        assertEquals(List.of(), Simulator.run(Scenario.defaults(Mode.CONCURRENT, 1)).results());
    }

    @Test
    void zeroLengthLockWaitsAreDropped() {
        TraceBuilder b = new TraceBuilder(TWO_CALLS, Trace.SIMULATED);
        b.drop(b.begin(1, SpanKind.LOCK_WAIT, 0, 0));
        b.mark(1, MarkKind.WG_DONE, 0, 0);
        Trace trace = b.build(0, true);
        assertEquals(1, trace.size());
        assertEquals(List.of(new TraceEvent.Mark(1, MarkKind.WG_DONE, 0, 0, "")), trace.events());
    }

    @Test
    void timeNeverGoesBackwards() {
        TraceBuilder b = new TraceBuilder(TWO_CALLS, Trace.SIMULATED);
        b.mark(0, MarkKind.WG_ADD, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> b.mark(0, MarkKind.WG_ADD, 9, 2));
    }

    @Test
    void eventsOnlyOnTheScenariosLanes() {
        TraceBuilder b = new TraceBuilder(TWO_CALLS, Trace.SIMULATED);
        assertThrows(IllegalArgumentException.class, () -> b.mark(3, MarkKind.PRINT, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> b.mark(-1, MarkKind.PRINT, 0, 0));
    }

    @Test
    void completeTraceHasNoOpenSpan() {
        TraceBuilder b = new TraceBuilder(TWO_CALLS, Trace.SIMULATED);
        b.begin(1, SpanKind.SLEEP, 0, 1);
        assertThrows(IllegalStateException.class, () -> b.build(5, true));
        Trace live = b.build(5, false);
        assertEquals(Long.MAX_VALUE, live.end(0));
        assertEquals(TraceEvent.Span.OPEN, live.duration(0));
    }

    @Test
    void spanCannotEndBeforeItStarts() {
        TraceBuilder b = new TraceBuilder(TWO_CALLS, Trace.SIMULATED);
        int sleep = b.begin(1, SpanKind.SLEEP, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> b.end(sleep, 9));
        b.end(sleep, 11);
        assertThrows(IllegalStateException.class, () -> b.end(sleep, 12));
    }
}
