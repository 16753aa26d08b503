package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without the lock, overlapping appends read the same length and overwrite each other. */
class RaceModelTest {

    private static Trace race(List<Long> delays, long hold) {
        return Simulator.run(new Scenario(Mode.RACE, delays.size(), new DelaySpec.Listed(delays), hold, 42));
    }

    @Test
    void overlappingAppendsLoseTheIdsTheyOverwrite() {
        // id1 reads 0 at 100 ms, id2 reads 0 at 200, id3 reads 0 at 250: all three write index 0 and
        // only the last writer (id3, at 550 ms) stays. id4 reads 1 at 900 ms, after they are done.
        Trace trace = race(List.of(100L, 200L, 250L, 900L), 300);
        assertEquals(List.of("id3", "id4"), trace.results());
        assertArrayEquals(new int[] {1, 2}, trace.lostLanes());
        assertEquals(List.of("[id3 id4]"), trace.console().subList(trace.console().size() - 1, trace.console().size()));
        assertEquals(1_200_000, trace.endMicros());
        assertEquals(List.of(), TraceChecks.check(trace, 0));
    }

    @Test
    void eachAppendRecordsTheLengthItRead() {
        Trace trace = race(List.of(100L, 200L, 250L, 900L), 300);
        long[] readLengths = new long[5];
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.APPEND)) {
                readLengths[trace.lane(i)] = trace.arg(i);
                assertEquals(300_000, trace.duration(i), "the append works for the hold time");
            }
        }
        assertArrayEquals(new long[] {0, 0, 0, 0, 1}, readLengths);
    }

    @Test
    void appendsThatDoNotOverlapLoseNothing() {
        Trace trace = race(List.of(0L, 400L, 800L), 300);
        assertEquals(List.of("id1", "id2", "id3"), trace.results());
        assertEquals(0, trace.lostLanes().length);
    }

    @Test
    void theTutorialsFixedDelayLosesAllButOneId() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.RACE, 42));
        assertEquals(1, trace.results().size(), "all five read length 0 at 2 s and write index 0");
        assertEquals(4, trace.lostLanes().length);
        assertEquals(2_300_000, trace.endMicros());
    }

    @Test
    void withoutWorkWhileAppendingTheSimulatedRaceLosesNothing() {
        Trace trace = Simulator.run(new Scenario(Mode.RACE, 5, new DelaySpec.Fixed(2000), 0, 42));
        assertEquals(5, trace.results().size());
        assertEquals(0, trace.lostLanes().length);
    }

    @Test
    void resultsAtATimeShowTheOverwriteWhenItHappens() {
        Trace trace = race(List.of(100L, 200L, 250L, 900L), 300);
        assertArrayEquals(new int[] {1}, trace.resultLanesAt(400_000), "id1 wrote index 0 at 400 ms");
        assertArrayEquals(new int[] {2}, trace.resultLanesAt(500_000), "id2 overwrote it at 500 ms");
        assertArrayEquals(new int[] {1}, trace.lostLanesAt(500_000, trace.resultLanesAt(500_000)));
        assertTrue(trace.lostLanesAt(399_999, trace.resultLanesAt(399_999)).length == 0);
    }
}
