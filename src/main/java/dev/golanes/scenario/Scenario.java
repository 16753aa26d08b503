package dev.golanes.scenario;

import java.util.concurrent.ThreadLocalRandom;

/**
 * One run of a Go program: which program, how many {@code dbCall}s, how long each sleeps, how long
 * the mutex is held while appending, and the seed that fixes every random choice.
 *
 * @param mode   the program
 * @param calls  number of calls, named {@code id1..idN}
 * @param delays how long each call sleeps
 * @param holdMs how long a goroutine holds the mutex while it appends (mutex mode)
 * @param seed   fixes the random delays and the order of goroutines that wake at the same instant
 */
public record Scenario(Mode mode, int calls, DelaySpec delays, long holdMs, long seed) {

    public Scenario {
        if (mode == null) {
            throw new ScenarioException(Field.MODE, Problem.oneOf(Mode.accepted(), ""));
        }
        if (delays == null) {
            delays = mode.defaultDelays();
        }
        Values.checkRange(Field.CALLS, calls, Limits.MIN_CALLS, Limits.MAX_CALLS);
        Values.checkRange(Field.HOLD, holdMs, 0, Limits.MAX_HOLD_MS);
        if (delays instanceof DelaySpec.Listed listed && listed.ms().size() != calls) {
            throw new ScenarioException(Field.DELAYS, Problem.delayCount(listed.ms().size(), calls));
        }
    }

    /** The tutorial's program for this mode: 5 calls, the mode's default delays and hold. */
    public static Scenario defaults(Mode mode, long seed) {
        return new Scenario(mode, Limits.DEFAULT_CALLS, mode.defaultDelays(), Limits.DEFAULT_HOLD_MS, seed);
    }

    /** A fresh seed, short enough to read out in class. */
    public static long drawSeed() {
        return ThreadLocalRandom.current().nextLong(1, 1_000_000);
    }

    public Scenario withMode(Mode newMode) {
        return new Scenario(newMode, calls, delays, holdMs, seed);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(mode, calls, delays, holdMs, newSeed);
    }

    /** The name of call {@code index} (1-based), as the Go program's {@code dbData} holds it. */
    public static String callId(int index) {
        return "id" + index;
    }
}
