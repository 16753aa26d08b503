package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SegmentInfoTest {
    private static final Texts EN = Texts.forLocale(Locale.ENGLISH);
    private static final Trace MUTEX = Simulator.run(
            new Scenario(Mode.MUTEX, 2, new DelaySpec.Listed(List.of(1000L, 1000L)), 300, 42));

    @Test
    void describesLaneStateAndTimes() {
        assertEquals("id1 · sleeping in time.Sleep\n0 ms → 1000 ms (1000 ms)", SegmentInfo.describe(EN, MUTEX, 1, 500_000, 5_000_000));
        int waiter = MUTEX.resultLanes()[1];
        assertEquals("id" + waiter + " · waiting for the lock in m.Lock()\n1000 ms → 1300 ms (300 ms)",
                SegmentInfo.describe(EN, MUTEX, waiter, 1_100_000, 5_000_000));
        assertEquals("main · blocked in wg.Wait()\n0 ms → 1600 ms (1600 ms)", SegmentInfo.describe(EN, MUTEX, 0, 10, 5_000_000));
    }

    @Test
    void describesOnlyWhatHasHappenedByNow() {
        assertEquals("id1 · sleeping in time.Sleep\nfrom 0 ms, 400 ms so far", SegmentInfo.describe(EN, MUTEX, 1, 100_000, 400_000));
        assertNull(SegmentInfo.describe(EN, MUTEX, 1, 500_000, 400_000), "the future is not drawn yet");
        assertNull(SegmentInfo.describe(EN, MUTEX, 7, 100, 400_000), "no such lane");
    }

    @Test
    void afterItsLastStepALaneIsDone() {
        int first = MUTEX.resultLanes()[0];
        assertEquals("id" + first + " · done at 1300 ms", SegmentInfo.describe(EN, MUTEX, first, 1_500_000, 5_000_000));
    }

    /**
     * Unlock without Lock: hovering a green bar names the unguarded work, as the legend does. It used
     * to fall through to nothing (only the race's appends were drawn on their own), and would have said
     * what length was read, which this program does not read.
     */
    @Test
    void unlockWithoutLocksBarsAreTheUnguardedWork() {
        Trace noLock = Simulator.run(new Scenario(Mode.DOUBLE_UNLOCK, 2, new DelaySpec.Listed(List.of(1000L, 1000L)), 300, 42));
        assertEquals("id1 · working without the lock (m.Lock() is missing)\n1000 ms → 1300 ms (300 ms)",
                SegmentInfo.describe(EN, noLock, 1, 1_100_000, noLock.endMicros()));
        // The race's bar still says what length it read.
        Trace race = Simulator.run(new Scenario(Mode.RACE, 2, new DelaySpec.Listed(List.of(1000L, 1000L)), 300, 42));
        assertTrue(SegmentInfo.describe(EN, race, 1, 1_100_000, race.endMicros()).contains("read len(results)"));
    }

    /**
     * The sequential program has no goroutine but main: a call's row is main running it. "id3 · sleeping"
     * read as a goroutine of its own.
     */
    @Test
    void aSequentialCallIsMainRunningIt() {
        Trace sequential = Simulator.run(new Scenario(Mode.SEQUENTIAL, 2, new DelaySpec.Listed(List.of(1000L, 500L)), 300, 42));
        String tip = SegmentInfo.describe(EN, sequential, 2, 1_200_000, 5_000_000);
        assertTrue(tip.startsWith("dbCall(id2), run by main · "), tip);
        assertTrue(SegmentInfo.describe(EN, sequential, 1, 1_200_000, 5_000_000).startsWith("dbCall(id1), run by main · done at"));
    }
}
