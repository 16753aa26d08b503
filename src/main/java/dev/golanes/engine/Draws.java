package dev.golanes.engine;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;

/**
 * The random choices a seed fixes: each call's delay, and the order in which goroutines that are
 * ready at the same instant run (Go promises no order, so GoLanes draws one). Both engines use the
 * same draws, so a real run and a simulated run of one scenario differ only by the scheduler.
 */
public final class Draws {
    /** Separates the order stream from the delay stream, so changing one never shifts the other. */
    private static final long ORDER_STREAM = 0x6A09E667F3BCC909L;
    /** The start-up stream: how long a new goroutine takes to start running, in the add-inside pitfall. */
    private static final long STARTUP_STREAM = 0xBB67AE8584CAA73BL;
    /** A new goroutine starts running 2 to 30 microseconds after its {@code go} statement. */
    private static final int MIN_STARTUP = 2;
    private static final int MAX_STARTUP = 30;

    private final long[] delayMicros;
    private final int[] rank;
    private final long seed;

    private Draws(long[] delayMicros, int[] rank, long seed) {
        this.delayMicros = delayMicros;
        this.rank = rank;
        this.seed = seed;
    }

    /**
     * Whether the seed changes anything in a simulated run of this scenario: only then is a drawn
     * seed worth telling the user how to repeat.
     *
     * <p>The seed draws three things: random delays; the order in which goroutines ready at the same
     * instant run; and, in the add-inside pitfall, how long each goroutine takes to start. Random
     * delays always depend on it. Every program but the sequential one starts all its goroutines at
     * the same instant, so their order depends on it even with fixed or listed delays: it decides who
     * takes the lock first and whose append the race loses, and with equal delays which line prints
     * first. (With listed delays that all differ, concurrent prints the same lines whatever the seed,
     * but its goroutines still start in the seed's order, which the timeline and an export show.) The
     * sequential program starts no goroutine: {@code main} calls each {@code dbCall} itself, in
     * order, so with fixed or listed delays the seed changes nothing at all.
     */
    public static boolean seedMatters(Scenario scenario) {
        return scenario.delays() instanceof DelaySpec.Random || scenario.mode() != Mode.SEQUENTIAL;
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
        return new Draws(delays, shuffledRanks(calls, scenario.seed()), scenario.seed());
    }

    /**
     * How long goroutine {@code lane} takes to start after its {@code go} statement, in
     * microseconds: drawn per lane from its own stream, so it never shifts the delays or the order.
     */
    public long startupMicros(int lane) {
        SplitMix64 rng = new SplitMix64(seed ^ STARTUP_STREAM ^ (lane * 0x9E3779B97F4A7C15L));
        return MIN_STARTUP + rng.nextBelow(MAX_STARTUP - MIN_STARTUP + 1);
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
