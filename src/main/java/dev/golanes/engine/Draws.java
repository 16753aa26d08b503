package dev.golanes.engine;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Scenario;

/**
 * The random choices a seed fixes: each call's delay, and the order in which goroutines that are
 * ready at the same instant run (Go promises no order, so GoLanes draws one). Both engines use the
 * same draws, so a real run and a simulated run of one scenario differ only by the scheduler.
 */
public final class Draws {
    /** Separates the order stream from the delay stream, so changing one never shifts the other. */
    private static final long ORDER_STREAM = 0x6A09E667F3BCC909L;

    private final long[] delayMicros;
    private final int[] rank;

    private Draws(long[] delayMicros, int[] rank) {
        this.delayMicros = delayMicros;
        this.rank = rank;
    }

    public static Draws of(Scenario scenario) {
        int calls = scenario.calls();
        long[] delays = new long[calls + 1];
        DelaySpec spec = scenario.delays();
        if (spec instanceof DelaySpec.Random random) {
            SplitMix64 rng = new SplitMix64(scenario.seed());
            for (int lane = 1; lane <= calls; lane++) {
                delays[lane] = rng.nextBelow(random.maxMs()) * 1_000;
            }
        } else if (spec instanceof DelaySpec.Fixed fixed) {
            for (int lane = 1; lane <= calls; lane++) {
                delays[lane] = fixed.ms() * 1_000;
            }
        } else if (spec instanceof DelaySpec.Listed listed) {
            for (int lane = 1; lane <= calls; lane++) {
                delays[lane] = listed.ms().get(lane - 1) * 1_000;
            }
        }
        return new Draws(delays, shuffledRanks(calls, scenario.seed()));
    }

    /** How long call {@code lane} sleeps, in microseconds. */
    public long delayMicros(int lane) {
        return delayMicros[lane];
    }

    /**
     * Where goroutine {@code lane} stands among goroutines ready at the same instant: lower runs
     * first. A seeded random permutation of 1..N, so every subset is in uniformly random order.
     */
    public int rank(int lane) {
        return rank[lane];
    }

    private static int[] shuffledRanks(int calls, long seed) {
        int[] rank = new int[calls + 1];
        for (int lane = 1; lane <= calls; lane++) {
            rank[lane] = lane;
        }
        SplitMix64 rng = new SplitMix64(seed ^ ORDER_STREAM);
        for (int i = calls; i > 1; i--) {
            int j = 1 + (int) rng.nextBelow(i);
            int swap = rank[i];
            rank[i] = rank[j];
            rank[j] = swap;
        }
        return rank;
    }
}
