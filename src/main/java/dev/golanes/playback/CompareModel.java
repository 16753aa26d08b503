package dev.golanes.playback;

import dev.golanes.engine.Comparison;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The compare view's model: the four programs on one scenario (whose {@link Comparison#rows} explain
 * their totals), played together on one clock so they can be watched side by side.
 */
public final class CompareModel {
    private final Comparison comparison;
    private final List<TraceIndex> indexes = new ArrayList<>();
    private final PlaybackModel clock = new PlaybackModel();

    public CompareModel(Scenario scenario) {
        this.comparison = Comparison.of(scenario);
        Trace longest = comparison.traces().get(0);
        for (Trace trace : comparison.traces()) {
            indexes.add(new TraceIndex(trace));
            if (trace.endMicros() > longest.endMicros()) {
                longest = trace;
            }
        }
        clock.load(longest);
    }

    public Comparison comparison() {
        return comparison;
    }

    /** One clock for all four: it runs as long as the slowest program. */
    public PlaybackModel clock() {
        return clock;
    }

    /** The state of program {@code k} at the clock's time (a finished program stays finished). */
    public Moment momentOf(int k) {
        return indexes.get(k).at(clock.time());
    }

    /** Pauses at the next program's end after the clock's time (which shows its row), or at the last. */
    public void nextEnd() {
        long now = clock.time();
        long next = comparison.longestTotal();
        for (Trace trace : comparison.traces()) {
            if (trace.endMicros() > now) {
                next = Math.min(next, trace.endMicros());
            }
        }
        clock.pause();
        clock.seek(next);
    }

    /** Pauses at the end of the program that ended last before the clock's time, or at 0. */
    public void previousEnd() {
        long now = clock.time();
        long previous = 0;
        for (Trace trace : comparison.traces()) {
            if (trace.endMicros() < now) {
                previous = Math.max(previous, trace.endMicros());
            }
        }
        clock.pause();
        clock.seek(previous);
    }

    /**
     * Whether {@code mode}'s program has ended at the clock's time. Its total, its reason and its
     * results are shown from then on, not before: the class can guess the order and the totals while
     * the lanes play, and the table fills in as the programs finish.
     */
    public boolean finished(Mode mode) {
        return comparison.endedAt(mode, clock.time());
    }

    /** Whether every program has ended at the clock's time. */
    public boolean allFinished() {
        return comparison.allEndedAt(clock.time());
    }
}
