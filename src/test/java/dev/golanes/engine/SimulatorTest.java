package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator follows Go's semantics, checked on small runs whose every time is known. */
class SimulatorTest {

    @Test
    void sequentialSleepsRunBackToBack() {
        Trace trace = run(Mode.SEQUENTIAL, 300, 1200L, 300L, 1800L);
        assertEquals(List.of("1@0+1200000", "2@1200000+300000", "3@1500000+1800000"), spans(trace, SpanKind.SLEEP));
    }

    @Test
    void sequentialTotalIsSumOfSleeps() {
        Trace trace = run(Mode.SEQUENTIAL, 300, 1200L, 300L, 1800L);
        assertEquals(3_300_000, trace.endMicros());
        assertEquals("Total execution time: 3.3s", last(trace.console(), 0));
    }

    @Test
    void sequentialMainRunsEachCallItself() {
        Trace trace = run(Mode.SEQUENTIAL, 300, 1200L, 300L, 1800L);
        assertEquals(List.of("0@0+1200000", "0@1200000+300000", "0@1500000+1800000"), spans(trace, SpanKind.CALL));
    }

    @Test
    void concurrentTotalIsLongestSleep() {
        Trace trace = run(Mode.CONCURRENT, 300, 1200L, 300L, 1800L);
        assertEquals(1_800_000, trace.endMicros());
        assertEquals("Total execution time: 1.8s", last(trace.console(), 0));
    }

    @Test
    void concurrentGoroutinesAllStartSleepingAtZero() {
        Trace trace = run(Mode.CONCURRENT, 300, 1200L, 300L, 1800L);
        List<String> sleeps = spans(trace, SpanKind.SLEEP);
        sleeps.sort(null);
        assertEquals(List.of("1@0+1200000", "2@0+300000", "3@0+1800000"), sleeps);
    }

    @Test
    void concurrentPrintsInOrderOfWaking() {
        Trace trace = run(Mode.CONCURRENT, 300, 1200L, 300L, 1800L);
        assertEquals(List.of(
                "The result from the database is: id2",
                "The result from the database is: id1",
                "The result from the database is: id3",
                "",
                "Total execution time: 1.8s"), trace.console());
    }

    @Test
    void waitGroupWaitEndsAtLastDone() {
        Trace trace = run(Mode.CONCURRENT, 300, 1200L, 300L, 1800L);
        assertEquals(List.of("2@300000=2", "1@1200000=1", "3@1800000=0"), marks(trace, MarkKind.WG_DONE));
        assertEquals(List.of("0@0+1800000"), spans(trace, SpanKind.WG_WAIT));
    }

    @Test
    void mainAddsOneBeforeEachGo() {
        Trace trace = run(Mode.MUTEX, 300, 1200L, 300L, 1800L);
        assertEquals(List.of("0@0=1", "0@0=2", "0@0=3"), marks(trace, MarkKind.WG_ADD));
        assertEquals(List.of("0@0=1", "0@0=2", "0@0=3"), marks(trace, MarkKind.GO));
    }

    /** id2 and id3 arrive while id1 holds the lock; they get it in arrival order, at once on unlock. */
    @Test
    void mutexServesWaitersInArrivalOrder() {
        Trace trace = run(Mode.MUTEX, 300, 1000L, 1200L, 1100L);
        assertEquals(List.of("1@1000000+300000", "3@1300000+300000", "2@1600000+300000"), spans(trace, SpanKind.LOCK_HELD));
        assertEquals(List.of("3@1100000+200000", "2@1200000+400000"), spans(trace, SpanKind.LOCK_WAIT));
        assertEquals(List.of("id1", "id3", "id2"), trace.results());
    }

    @Test
    void mutexTotalIsLastUnlock() {
        Trace trace = run(Mode.MUTEX, 300, 1000L, 1200L, 1100L);
        assertEquals(1_900_000, trace.endMicros());
        assertEquals(List.of("", "Total execution time: 1.9s", "[id1 id3 id2]"),
                trace.console().subList(3, 6));
    }

    @Test
    void mutexWithoutWaitHasNoLockWait() {
        Trace trace = run(Mode.MUTEX, 300, 1200L, 300L, 1800L);
        assertEquals(List.of(), spans(trace, SpanKind.LOCK_WAIT));
        assertEquals(List.of("id2", "id1", "id3"), trace.results());
    }

    /** The tutorial's mutex program: five 2-second sleeps and an append that takes no time. */
    @Test
    void tutorialMutexTakesExactlyTwoSeconds() {
        Trace trace = Simulator.run(new ScenarioBuilder().mode(Mode.MUTEX).delay(2000).hold(0).seed(1).build());
        assertEquals(2_000_000, trace.endMicros());
        assertEquals("Total execution time: 2s", last(trace.console(), 1));
        assertEquals(List.of(), spans(trace, SpanKind.LOCK_WAIT));
    }

    @Test
    void defaultMutexQueuesFourGoroutinesBehindTheFirst() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        assertEquals(3_500_000, trace.endMicros());
        assertEquals(List.of("id3", "id1", "id5", "id4", "id2"), trace.results());
        assertEquals(List.of("1@2000000+300000", "5@2000000+600000", "4@2000000+900000", "2@2000000+1200000"),
                spans(trace, SpanKind.LOCK_WAIT));
        assertEquals("[id3 id1 id5 id4 id2]", last(trace.console(), 0));
    }

    @Test
    void appendsReadTheLengthLeftByThePreviousHolder() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        List<Long> read = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.APPEND)) {
                read.add(trace.arg(i));
            }
        }
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), read);
        assertArrayEquals(new int[] {3, 1, 5, 4, 2}, trace.resultLanes());
    }

    @Test
    void programEndsWithExitOnMain() {
        for (Mode mode : Mode.values()) {
            Trace trace = run(mode, 300, 1200L, 300L, 1800L);
            int last = trace.size() - 1;
            assertTrue(trace.is(last, MarkKind.EXIT), mode.id());
            assertEquals(0, trace.lane(last));
            assertEquals(trace.endMicros(), trace.start(last));
            assertTrue(trace.isComplete());
        }
    }

    @Test
    void zeroDelaysFinishAtZero() {
        Trace trace = run(Mode.CONCURRENT, 300, 0L, 0L);
        assertEquals(0, trace.endMicros());
        assertEquals("Total execution time: 0s", last(trace.console(), 0));
    }

    /** The engine and the command line take up to a million calls. */
    @Test
    void aMillionCallsRunToTheEnd() {
        Trace trace = Simulator.run(new Scenario(Mode.MUTEX, 1_000_000, new DelaySpec.Random(2000), 0, 1));
        assertEquals(1_000_000, trace.results().size());
        assertEquals(1_000_000 + 3, trace.console().size());
        assertTrue(trace.endMicros() < 2_000_000, "total " + trace.endMicros());
    }

    private static Trace run(Mode mode, long hold, Long... delays) {
        return Simulator.run(new ScenarioBuilder().mode(mode).delays(List.of(delays)).hold(hold).seed(42).build());
    }

    /** {@code lane@start+duration} of every span of a kind, in trace order. */
    static List<String> spans(Trace trace, SpanKind kind) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, kind)) {
                found.add(trace.lane(i) + "@" + trace.start(i) + "+" + trace.duration(i));
            }
        }
        return found;
    }

    /** {@code lane@time=arg} of every mark of a kind, in trace order. */
    static List<String> marks(Trace trace, MarkKind kind) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, kind)) {
                found.add(trace.lane(i) + "@" + trace.start(i) + "=" + trace.arg(i));
            }
        }
        return found;
    }

    private static String last(List<String> lines, int fromEnd) {
        return lines.get(lines.size() - 1 - fromEnd);
    }
}
