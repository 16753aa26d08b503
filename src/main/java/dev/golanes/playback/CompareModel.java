package dev.golanes.playback;

import dev.golanes.engine.Comparison;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The compare view's model: the four programs on one scenario, played together on one clock so
 * they can be watched side by side, and the table of figures that explains their totals.
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

    /**
     * Whether {@code mode}'s program has ended at the clock's time. Its total, its reason and its
     * results are shown from then on, not before: the class can guess the order and the totals while
     * the lanes play, and the table fills in as the programs finish.
     */
    public boolean finished(Mode mode) {
        return clock.time() >= comparison.trace(mode).endMicros();
    }

    /** How many of the results' ids a row lists in full: five, as the default scenario has. */
    private static final int LISTED = 5;

    /** One row of the table. */
    public record Row(Mode mode, String total, String why, String results) {
    }

    /** The table of totals: why each program takes as long as it does, and what the race lost. */
    public List<Row> rows(Texts t) {
        List<Row> rows = new ArrayList<>();
        for (Mode mode : Comparison.MODES) {
            Trace trace = comparison.trace(mode);
            // As the side panel shows it, shorter still beside the reasons: a slice of 1,000 ids is cut
            // to its ends and its length.
            String results = mode.collectsResults() ? Dashboard.shortened(t, trace.results(), LISTED, " ", "[", "]") : "";
            rows.add(new Row(mode, t.duration(GoDuration.ofMicros(trace.endMicros())), comparison.why(mode, t), results));
        }
        return rows;
    }

}
