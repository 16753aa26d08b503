package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.TraceEvent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a seed fixes: the random delays, and the order of goroutines that wake at the same instant. */
class DrawsTest {

    /**
     * The rule behind "add --seed N to repeat this run", held to the simulator: for every program and
     * every kind of delay, the seed matters exactly when some seeds give different runs. Sequential on
     * fixed or listed delays is the only case where every seed gives the same run.
     */
    @Test
    void theSeedMattersExactlyWhenItChangesTheRun() {
        List<DelaySpec> delays = List.of(new DelaySpec.Random(300), new DelaySpec.Fixed(100),
                new DelaySpec.Listed(List.of(100L, 200L, 300L, 400L, 500L)), new DelaySpec.Listed(List.of(300L, 100L, 300L, 100L, 200L)));
        for (Mode mode : Mode.values()) {
            for (DelaySpec spec : delays) {
                Scenario scenario = new Scenario(mode, 5, spec, 300, 1);
                Set<List<TraceEvent>> runs = new HashSet<>();
                for (long seed = 1; seed <= 20; seed++) {
                    runs.add(List.copyOf(Simulator.run(scenario.withSeed(seed)).events()));
                }
                assertEquals(runs.size() > 1, Draws.seedMatters(scenario), mode + " on " + spec + ": " + runs.size() + " runs");
            }
        }
        assertFalse(Draws.seedMatters(new Scenario(Mode.SEQUENTIAL, 2, new DelaySpec.Listed(List.of(1L, 2L)), 300, 1)));
    }

    @Test
    void sameSeedGivesSameDelays() {
        assertArrayEquals(delays(random(50, 2000, 99)), delays(random(50, 2000, 99)));
    }

    /** Pinned values: a seed must replay the same run on every JDK and in every later version. */
    @Test
    void seedFortyTwoGivesTheseDelays() {
        assertArrayEquals(new long[] {1_706_000, 145_000, 1_929_000, 1_882_000, 1_625_000}, delays(random(5, 2000, 42)));
    }

    @Test
    void differentSeedsGiveDifferentDelays() {
        assertFalse(Arrays.equals(delays(random(5, 2000, 1)), delays(random(5, 2000, 2))));
    }

    @Test
    void randomDelaysAreWholeMillisecondsBelowTheMaximum() {
        long smallest = Long.MAX_VALUE;
        long largest = Long.MIN_VALUE;
        for (long seed = 1; seed <= 200; seed++) {
            for (long micros : delays(random(50, 2000, seed))) {
                assertTrue(micros >= 0 && micros < 2_000_000, micros + " µs with seed " + seed);
                assertEquals(0, micros % 1_000, "whole milliseconds");
                smallest = Math.min(smallest, micros);
                largest = Math.max(largest, micros);
            }
        }
        assertTrue(smallest < 20_000 && largest >= 1_980_000, "spread over [0, 2000) ms: " + smallest + ".." + largest);
    }

    @Test
    void maximumOfOneMillisecondMeansNoDelay() {
        assertArrayEquals(new long[5], delays(random(5, 1, 8)));
    }

    @Test
    void fixedAndListedDelaysIgnoreTheSeed() {
        assertArrayEquals(new long[] {2_000_000, 2_000_000, 2_000_000},
                delays(new Scenario(Mode.MUTEX, 3, new DelaySpec.Fixed(2000), 300, 5)));
        assertArrayEquals(new long[] {1_200_000, 300_000, 1_800_000},
                delays(new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Listed(List.of(1200L, 300L, 1800L)), 300, 5)));
    }

    @Test
    void ranksArePermutationsOfTheLanes() {
        for (long seed = 1; seed <= 100; seed++) {
            Draws draws = Draws.of(random(9, 2000, seed));
            boolean[] seen = new boolean[10];
            for (int lane = 1; lane <= 9; lane++) {
                seen[draws.rank(lane)] = true;
            }
            for (int rank = 1; rank <= 9; rank++) {
                assertTrue(seen[rank], "rank " + rank + " missing with seed " + seed);
            }
        }
    }

    /** Go promises no order among goroutines that wake together, so results are generally not id1..id5. */
    @Test
    void seedsShuffleTheResultsOfSimultaneousGoroutines() {
        Map<List<String>, Integer> orders = new HashMap<>();
        for (long seed = 1; seed <= 100; seed++) {
            List<String> results = Simulator.run(Scenario.defaults(Mode.MUTEX, seed)).results();
            orders.merge(results, 1, Integer::sum);
        }
        assertTrue(orders.size() > 50, orders.size() + " different orders in 100 seeds");
        assertTrue(orders.getOrDefault(List.of("id1", "id2", "id3", "id4", "id5"), 0) < 5, "id1..id5 is rare");
    }

    private static Scenario random(int calls, long maxMs, long seed) {
        return new Scenario(Mode.CONCURRENT, calls, new DelaySpec.Random(maxMs), 300, seed);
    }

    private static long[] delays(Scenario scenario) {
        Draws draws = Draws.of(scenario);
        long[] delays = new long[scenario.calls()];
        for (int lane = 1; lane <= scenario.calls(); lane++) {
            delays[lane - 1] = draws.delayMicros(lane);
        }
        return delays;
    }
}
