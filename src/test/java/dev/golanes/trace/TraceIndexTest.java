package dev.golanes.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The state at time t of the tutorial's mutex program with seed 42: five goroutines sleep 2 s, wake
 * together in the seeded order id3, id1, id5, id4, id2, and take the 300 ms lock one after another
 * until 3.5 s.
 */
class TraceIndexTest {
    private static final TraceIndex INDEX = new TraceIndex(Simulator.run(Scenario.defaults(Mode.MUTEX, 42)));

    /** The calls that act at an instant: all five wake at 2 s; at 2.3 s id3 lets the lock go and id1 takes it. */
    @Test
    void theCallsActingAtAnInstantAreTheOnesWhoseStepsBeginOrEndThere() {
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, INDEX.callsActingAt(2_000_000));
        assertArrayEquals(new int[] {1, 3}, INDEX.callsActingAt(2_300_000));
        assertArrayEquals(new int[0], INDEX.callsActingAt(1_000_000), "nothing happens at 1 s");
    }

    @Test
    void atStartEveryGoroutineIsAddedAndMainWaits() {
        Moment m = INDEX.at(0);
        assertEquals(0, m.time());
        assertEquals(0, m.printedLines());
        assertEquals(5, m.wgCounter());
        assertTrue(m.mainWaiting());
        assertEquals(-1, m.lockHolder());
        assertArrayEquals(new int[0], m.lockQueue());
        assertArrayEquals(new int[0], m.results());
        assertFalse(m.finished());
    }

    @Test
    void justBeforeTheWakeNothingHasChanged() {
        Moment m = INDEX.at(1_999_999);
        assertEquals(0, m.printedLines());
        assertEquals(5, m.wgCounter());
        assertEquals(-1, m.lockHolder());
    }

    @Test
    void atTheWakeAllPrintOneHoldsAndFourQueueInArrivalOrder() {
        Moment m = INDEX.at(2_000_000);
        assertEquals(5, m.printedLines());
        assertEquals(5, m.wgCounter());
        assertTrue(m.mainWaiting());
        assertEquals(3, m.lockHolder());
        assertArrayEquals(new int[] {1, 5, 4, 2}, m.lockQueue());
        assertArrayEquals(new int[0], m.results());
    }

    @Test
    void atTheFirstUnlockTheNextInLineHoldsAndTheFirstIdIsAppended() {
        Moment m = INDEX.at(2_300_000);
        assertEquals(4, m.wgCounter());
        assertEquals(1, m.lockHolder());
        assertArrayEquals(new int[] {5, 4, 2}, m.lockQueue());
        assertArrayEquals(new int[] {3}, m.results());
    }

    @Test
    void midwayThroughTheThirdHold() {
        Moment m = INDEX.at(2_750_000);
        assertEquals(5, m.printedLines());
        assertEquals(3, m.wgCounter());
        assertEquals(5, m.lockHolder());
        assertArrayEquals(new int[] {4, 2}, m.lockQueue());
        assertArrayEquals(new int[] {3, 1}, m.results());
    }

    @Test
    void atTheEndMainHasPrintedTotalAndResults() {
        Moment m = INDEX.at(3_500_000);
        assertEquals(8, m.printedLines());
        assertEquals(0, m.wgCounter());
        assertFalse(m.mainWaiting());
        assertEquals(-1, m.lockHolder());
        assertArrayEquals(new int[0], m.lockQueue());
        assertArrayEquals(new int[] {3, 1, 5, 4, 2}, m.results());
        assertTrue(m.finished());
    }

    @Test
    void timesOutsideTheRunAreClamped() {
        assertEquals(0, INDEX.at(-5).time());
        Moment after = INDEX.at(9_000_000);
        assertEquals(3_500_000, after.time());
        assertTrue(after.finished());
    }

    @Test
    void nextEventAfterJumpsToTheNextChange() {
        assertEquals(0, INDEX.nextEventAfter(-1));
        assertEquals(2_000_000, INDEX.nextEventAfter(0));
        assertEquals(2_000_000, INDEX.nextEventAfter(1_000_000));
        assertEquals(2_300_000, INDEX.nextEventAfter(2_000_000));
        assertEquals(3_200_000, INDEX.nextEventAfter(2_900_000));
        assertEquals(3_500_000, INDEX.nextEventAfter(3_200_000));
        assertEquals(3_500_000, INDEX.nextEventAfter(3_500_000));
    }

    @Test
    void previousEventBeforeJumpsBackToTheLastChange() {
        assertEquals(3_200_000, INDEX.previousEventBefore(3_500_000));
        assertEquals(2_000_000, INDEX.previousEventBefore(2_300_000));
        assertEquals(2_000_000, INDEX.previousEventBefore(2_100_000));
        assertEquals(0, INDEX.previousEventBefore(2_000_000));
        assertEquals(0, INDEX.previousEventBefore(0));
    }

    @Test
    void steppingForwardVisitsEveryChangeOnce() {
        StringBuilder visited = new StringBuilder();
        long t = 0;
        while (t < INDEX.trace().endMicros()) {
            t = INDEX.nextEventAfter(t);
            visited.append(t / 1_000).append(' ');
        }
        assertEquals("2000 2300 2600 2900 3200 3500 ", visited.toString());
    }

    @Test
    void concurrentCounterFallsWithEachDone() {
        TraceIndex index = new TraceIndex(Simulator.run(new ScenarioBuilder()
                .mode(Mode.CONCURRENT).delays(List.of(1200L, 300L, 1800L)).seed(1).build()));
        assertEquals(3, index.at(299_999).wgCounter());
        assertEquals(2, index.at(300_000).wgCounter());
        assertEquals(1, index.at(1_199_999).printedLines());
        assertEquals(2, index.at(1_200_000).printedLines());
        assertEquals(1, index.at(1_799_999).wgCounter());
        assertTrue(index.at(1_799_999).mainWaiting());
        assertEquals(0, index.at(1_800_000).wgCounter());
        assertFalse(index.at(1_800_000).mainWaiting());
        assertEquals(-1, index.at(1_000_000).lockHolder());
    }
}
