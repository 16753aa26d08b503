package dev.golanes.scenario;

import java.util.List;

/**
 * Collects what a user gave (on the command line or in a file), in any order and with gaps, and turns
 * it into a {@link Scenario} with the rules every surface shares: a delay setting given explicitly wins
 * over the mode's default, a delay list sets the number of calls, and a missing seed is drawn.
 */
public final class ScenarioBuilder {
    private Mode mode = Mode.SEQUENTIAL;
    private Integer calls;
    /** Whether the calls were set on their own, rather than coming with a scenario started from. */
    private boolean callsGiven;
    private DelaySpec delays;
    private Field delaysFrom;
    private Long holdMs;
    private Long seed;

    /** Nothing given yet: the sequential program with the mode's defaults. */
    public ScenarioBuilder() {
    }

    public ScenarioBuilder mode(Mode value) {
        mode = value;
        return this;
    }

    public ScenarioBuilder calls(int value) {
        Values.checkRange(Field.CALLS, value, Limits.MIN_CALLS, Limits.MAX_CALLS);
        calls = value;
        callsGiven = true;
        return this;
    }

    public ScenarioBuilder maxDelay(long ms) {
        return delays(Field.MAX_DELAY, new DelaySpec.Random(ms));
    }

    public ScenarioBuilder delay(long ms) {
        return delays(Field.DELAY, new DelaySpec.Fixed(ms));
    }

    public ScenarioBuilder delays(List<Long> ms) {
        return delays(Field.DELAYS, new DelaySpec.Listed(ms));
    }

    public ScenarioBuilder hold(long ms) {
        Values.checkRange(Field.HOLD, ms, 0, Limits.MAX_HOLD_MS);
        holdMs = ms;
        return this;
    }

    public ScenarioBuilder seed(long value) {
        seed = value;
        return this;
    }

    /**
     * Starts from a scenario, such as one read from a file: each of its values holds unless a later
     * call sets it, and a later delay setting replaces its delays instead of clashing with them.
     */
    public ScenarioBuilder startFrom(Scenario base) {
        mode = base.mode();
        calls = base.calls();
        delays = base.delays();
        delaysFrom = null;
        holdMs = base.holdMs();
        seed = base.seed();
        return this;
    }

    /**
     * Starts from a scenario file's contents, as {@link #startFrom(Scenario)}; a seed the file does
     * not name is not taken as given: it is drawn again, and {@link #hasSeed()} says none was given.
     */
    public ScenarioBuilder startFrom(ScenarioFile.Contents contents) {
        startFrom(contents.scenario());
        if (!contents.seedGiven()) {
            seed = null;
        }
        return this;
    }

    public boolean hasSeed() {
        return seed != null;
    }

    /** The scenario, with the mode's defaults where nothing was given and a drawn seed if none was. */
    public Scenario build() {
        DelaySpec chosen = delays != null ? delays : mode.defaultDelays();
        // A delay list sets the number of calls, unless the calls were given on their own.
        int count = chosen instanceof DelaySpec.Listed listed && !callsGiven ? listed.ms().size()
                : calls != null ? calls : Limits.DEFAULT_CALLS;
        long hold = holdMs != null ? holdMs : Limits.DEFAULT_HOLD_MS;
        long chosenSeed = seed != null ? seed : Scenario.drawSeed();
        return new Scenario(mode, count, chosen, hold, chosenSeed);
    }

    private ScenarioBuilder delays(Field field, DelaySpec spec) {
        if (delays != null && delaysFrom != null && delaysFrom != field) {
            throw new ScenarioException(field, new Problem("problem.oneDelaySetting",
                    List.of(Field.MAX_DELAY.flag(), Field.DELAY.flag(), Field.DELAYS.flag())));
        }
        delays = spec;
        delaysFrom = field;
        return this;
    }
}
