package dev.golanes.engine;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * The four programs run on the same seed, delays and hold, for the slide that explains why
 * concurrency is faster and what the mutex costs: the sum of the sleeps (sequential), the longest
 * sleep (concurrent), the mutex's total, and the ids the race loses.
 */
public final class Comparison {
    /** The programs compared, in the order they are taught. */
    public static final List<Mode> MODES = List.of(Mode.SEQUENTIAL, Mode.CONCURRENT, Mode.MUTEX, Mode.RACE);

    private final Scenario scenario;
    private final List<Trace> traces;

    private Comparison(Scenario scenario, List<Trace> traces) {
        this.scenario = scenario;
        this.traces = List.copyOf(traces);
    }

    /** Runs every program with this scenario's calls, delays, hold and seed (its mode is not used). */
    public static Comparison of(Scenario scenario) {
        List<Trace> traces = new ArrayList<>();
        for (Mode mode : MODES) {
            traces.add(Simulator.run(scenario.withMode(mode)));
        }
        return new Comparison(scenario, traces);
    }

    /** How many of the results' ids a row lists in full: five, as the default scenario has. */
    private static final int LISTED = 5;

    /** One row of the table that explains the totals; {@code results} is empty for the programs without one. */
    public record Row(Mode mode, String total, String why, String results) {
    }

    /** The table of totals: why each program takes as long as it does, and what the race lost. */
    public List<Row> rows(Texts t) {
        List<Row> rows = new ArrayList<>();
        for (Mode mode : MODES) {
            Trace trace = trace(mode);
            // As the side panel shows it, shorter still beside the reasons: a slice of 1,000 ids is cut
            // to its ends and its length.
            String results = mode.collectsResults() ? t.ids(trace.results(), LISTED, " ", "[", "]") : "";
            rows.add(new Row(mode, t.duration(GoDuration.ofMicros(trace.endMicros())), why(mode, t), results));
        }
        return rows;
    }

    /**
     * Where the shared time axis ends: a tenth past the slowest program's end, rounded up to two
     * figures, so the axis does not give the slowest total away while the class is guessing it (the
     * sum of five sleeps of 2000 ms ends at 11,000 ms, not at 10,000).
     */
    public long axisEndMicros() {
        long longest = longestTotal();
        if (longest <= 0) {
            return longest;
        }
        double past = longest * 1.1;
        double unit = Math.pow(10, Math.floor(Math.log10(past)) - 1);
        return (long) Math.ceil(Math.ceil(past / unit - 1e-9) * unit);
    }

    /** Whether {@code mode}'s program has ended {@code atMicros} after the start: its row is shown from then on. */
    public boolean endedAt(Mode mode, long atMicros) {
        return atMicros >= trace(mode).endMicros();
    }

    /** Whether every program has ended {@code atMicros} after the start (the comparison's picture and window then show what they did). */
    public boolean allEndedAt(long atMicros) {
        return atMicros >= longestTotal();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** One trace per program, in {@link #MODES} order. */
    public List<Trace> traces() {
        return traces;
    }

    public Trace trace(Mode mode) {
        return traces.get(MODES.indexOf(mode));
    }

    /** The longest of the four totals: the shared time axis ends there. */
    public long longestTotal() {
        return traces.stream().mapToLong(Trace::endMicros).max().orElse(0);
    }

    /** Every call's sleep added up: the sequential total. */
    public long sumOfSleeps() {
        Trace trace = trace(Mode.SEQUENTIAL);
        long sum = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP)) {
                sum += trace.duration(i);
            }
        }
        return sum;
    }

    /** The longest single sleep: the concurrent total. */
    public long longestSleep() {
        Trace trace = trace(Mode.CONCURRENT);
        long longest = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP)) {
                longest = Math.max(longest, trace.duration(i));
            }
        }
        return longest;
    }

    public long mutexTotal() {
        return trace(Mode.MUTEX).endMicros();
    }

    /** Why a program's total is what it is, with this comparison's figures, in words. */
    public String why(Mode mode, Texts t) {
        return switch (mode) {
            case SEQUENTIAL -> t.format("compare.why.sequential", sumOfSleeps() / 1_000);
            case CONCURRENT -> t.format("compare.why.concurrent", longestSleep() / 1_000);
            case MUTEX -> mutexTotal() == longestSleep() ? t.format("compare.why.mutex.noWait", longestSleep() / 1_000)
                    : t.format("compare.why.mutex", longestSleep() / 1_000, (mutexTotal() - longestSleep()) / 1_000);
            // Its total (the last append) and what it lost. One goroutine has no other to overlap with:
            // "0 of 1 id lost to overlapping appends" would suggest it might have; its total is said too.
            case RACE -> {
                long gap = (trace(Mode.RACE).endMicros() - longestSleep()) / 1_000;
                int lost = lostToRace().length;
                yield scenario.calls() == 1 ? t.format("compare.why.race.one", longestSleep() / 1_000, gap)
                        : lost == 0 ? t.format("compare.why.race.none", longestSleep() / 1_000, gap)
                        : t.format("compare.why.race", longestSleep() / 1_000, gap, lost, t.count("ids", scenario.calls()));
            }
            default -> throw new IllegalArgumentException(mode.id() + " is not one of the programs compared");
        };
    }

    /** The lanes whose ids the race lost. */
    public int[] lostToRace() {
        return trace(Mode.RACE).lostLanes();
    }
}
