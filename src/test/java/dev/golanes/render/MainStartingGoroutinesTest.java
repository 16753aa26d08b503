package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Real threads take time to start: main's lane shows the stretch it spent on its {@code go}
 * statements, rather than nothing until its {@code wg.Wait()}; the simulator's take no time, as Go's.
 */
class MainStartingGoroutinesTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    private static List<String> texts(Trace trace, long at) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1200, 600, "t", new FigureFonts()));
        TimelineFigure.paint(surface, FigureSpec.window(1200, 600, 1), trace, new TraceIndex(trace).at(at),
                Palette.LIGHT, ENGLISH, 1);
        return surface.texts();
    }

    /** Three threads started 150 ms apart, as platform threads by the thousand are, then wg.Wait(). */
    private static Trace slowStarts() {
        return starts(150_000);
    }

    private static Trace starts(long apart) {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Fixed(500), 0, 1), "real");
        for (int lane = 1; lane <= 3; lane++) {
            long at = (lane - 1) * apart;
            builder.mark(0, MarkKind.WG_ADD, at, lane);
            builder.mark(0, MarkKind.GO, at, lane);
            builder.end(builder.begin(lane, SpanKind.SLEEP, at, 500), at + 500_000);
        }
        builder.end(builder.begin(0, SpanKind.WG_WAIT, 2 * apart, 0), 800_000);
        return builder.build(800_000, true);
    }

    @Test
    void mainsLaneShowsItStartingTheThreads() {
        Trace trace = slowStarts();
        List<String> atTheEnd = texts(trace, trace.endMicros());
        assertTrue(atTheEnd.contains("go dbCall(i) ×3"), atTheEnd.toString());
        assertTrue(atTheEnd.contains("main starting goroutines (go)"), "in the legend: " + atTheEnd);
        // Part way, the bar counts the goroutines started so far.
        List<String> partWay = texts(trace, 200_000);
        assertTrue(partWay.contains("go dbCall(i) ×2"), partWay.toString());
        assertTrue(partWay.contains("main starting goroutines (go)"), "the legend does not change as it plays");
    }

    /** A few threads start within 1.4 ms: too little to see on a 0.8 s axis, and nothing in the legend. */
    @Test
    void aFewThreadsStartTooFastToShow() {
        Trace trace = starts(700);
        List<String> texts = texts(trace, trace.endMicros());
        assertFalse(texts.contains("main starting goroutines (go)"), texts.toString());
    }

    /**
     * The simulator's go statements take no time, or a microsecond each in the Add-inside pitfall:
     * nothing to see on the axis of a run of seconds, 10,000 calls too (seed 42 waits for them all).
     */
    @Test
    void theSimulatorsGoStatementsTakeNextToNoTime() {
        for (Scenario scenario : List.of(Scenario.defaults(Mode.CONCURRENT, 42),
                new Scenario(Mode.ADD_INSIDE, 10_000, new DelaySpec.Random(2000), 0, 42))) {
            Trace trace = Simulator.run(scenario);
            List<String> texts = texts(trace, trace.endMicros());
            String where = scenario.mode().id() + ", " + scenario.calls() + " calls: ";
            assertTrue(trace.endMicros() > 1_000_000, where + "a run of seconds");
            assertFalse(texts.stream().anyMatch(text -> text.startsWith("go ")), where + texts);
            assertFalse(texts.contains("main starting goroutines (go)"), where + texts);
        }
    }

    /**
     * In the Add-inside pitfall they take a microsecond each, and the run ends when main returns, a
     * few microseconds later: its axis spans those microseconds, so main's go statements are most of
     * what there is to see, named in the legend.
     */
    @Test
    void addInsidesRunIsMostlyMainStartingGoroutines() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        List<String> texts = texts(trace, trace.endMicros());
        assertTrue(texts.contains("go dbCall(i) ×5"), texts.toString());
        assertTrue(texts.contains("main starting goroutines (go)"), texts.toString());
    }

    /**
     * The last go statement lasts until main's next step, its print at 5 µs: main's lane was blank from
     * 4 to 5 µs, a fifth of the axis, as if main had stopped before it printed the total.
     */
    @Test
    void addInsidesLastGoStatementLastsUntilMainPrints() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1200, 600, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(1200, 600, 1), trace,
                new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 1);
        double right = surface.calls().stream().filter(call -> call.startsWith("fill "))
                .map(call -> call.split(" "))
                .filter(fill -> (int) Double.parseDouble(fill[5]) == Palette.LIGHT.call()
                        && Math.abs(Double.parseDouble(fill[2]) - layout.barTop(0)) < 0.01)
                .mapToDouble(fill -> Double.parseDouble(fill[1]) + Double.parseDouble(fill[3])).max().orElse(-1);
        assertTrue(Math.abs(right - layout.x(trace.endMicros())) < 0.5,
                "main's go statements end at " + right + ", its print at " + layout.x(trace.endMicros()));
    }
}
