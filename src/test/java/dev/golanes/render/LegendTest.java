package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.golanes.engine.Comparison;
import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The legend names what the figure of the run shows, and nothing it does not. */
class LegendTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    /** The legend's entries, in order: the texts drawn at or below the legend's top. */
    private static List<String> legend(Trace trace) {
        return legend(trace, false);
    }

    /** {@code going}: the run is shown live, as the window shows a real run still going. */
    private static List<String> legend(Trace trace, boolean going) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 2000, 1000, "t", new FigureFonts()));
        FigureSpec spec = FigureSpec.window(2000, 1000, 1);
        TimelineLayout layout = TimelineFigure.layout(surface, spec, trace, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, FigureLabels.of(ENGLISH, trace), -1, going));
        List<String> entries = new ArrayList<>();
        for (String call : surface.calls()) {
            if (call.startsWith("text ")) {
                String[] at = call.substring(call.indexOf(" @ ") + 3).split(" ");
                if (Double.parseDouble(at[1]) >= layout.legendTop()) {
                    entries.add(call.substring(5, call.indexOf(" @ ")));
                }
            }
        }
        return entries;
    }

    /**
     * Presenting Add inside in Indonesian on a 1024 projector, the legend named four things before the
     * end (on two lines in 14 px type) and two at the end, which it drew in 19 px: the legend grew and
     * moved the panel as the run ended. It keeps its type.
     */
    @Test
    void theLegendKeepsItsTypeWhenTheRunEnds() {
        Texts indonesian = Texts.forLocale(Locale.forLanguageTag("id"));
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        List<Double> before = legendSizes(trace, 0, true, indonesian);
        List<Double> after = legendSizes(trace, trace.endMicros(), false, indonesian);
        assertTrue(before.size() > after.size(), "fewer entries at the end: " + before + ", " + after);
        assertEquals(List.of(before.get(0)), after.stream().distinct().toList(), "the legend's type at 0 µs, "
                + before + ", and at the end");
    }

    /** The type of each entry of the legend, as the window draws it presenting on a 1024 x 768 projector. */
    private static List<Double> legendSizes(Trace trace, long at, boolean going, Texts texts) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 485, 290, "t", new FigureFonts()));
        FigureSpec spec = FigureSpec.window(485, 290, 1.4);
        TimelineLayout layout = TimelineFigure.layout(surface, spec, trace, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(at),
                Palette.LIGHT, FigureLabels.of(texts, trace), -1, going));
        String textColour = String.format(Locale.ROOT, "%.3f", (double) Palette.LIGHT.text());
        List<Double> sizes = new ArrayList<>();
        for (String call : surface.calls()) {
            if (call.startsWith("text ")) {
                String[] drawn = call.substring(call.indexOf(" @ ") + 3).split(" ");
                if (Double.parseDouble(drawn[1]) >= layout.legendTop() && drawn[3].equals(textColour)) {
                    sizes.add(Double.parseDouble(drawn[2]));
                }
            }
        }
        return sizes;
    }

    private static List<String> words(String... keys) {
        return Stream.of(keys).map(key -> ENGLISH.format("legend." + key)).toList();
    }

    private static long killed(Trace trace) {
        return IntStream.range(1, trace.laneCount()).filter(trace::wasKilled).count();
    }

    static Stream<Arguments> tutorialPrograms() {
        return Stream.of(
                Arguments.of(Mode.SEQUENTIAL, words("sleep", "call", "done")),
                Arguments.of(Mode.CONCURRENT, words("sleep", "wgWait", "done")),
                Arguments.of(Mode.MUTEX, words("sleep", "wgWait", "lockWait", "lockHeld", "done")),
                Arguments.of(Mode.RACE, words("sleep", "wgWait", "append", "lost", "done")),
                Arguments.of(Mode.MISSING_DONE, words("sleep", "wgWait", "fatal", "returned")),
                Arguments.of(Mode.DOUBLE_UNLOCK, words("sleep", "wgWait", "unguarded", "fatal")));
    }

    @ParameterizedTest
    @MethodSource("tutorialPrograms")
    void everyStateTheProgramsRunShowsIsNamed(Mode mode, List<String> expected) {
        assertEquals(expected, legend(Simulator.run(Scenario.defaults(mode, 42))));
    }

    /**
     * Add inside's goroutines die with main before they sleep, and main never waits: the legend used
     * to name "sleeping", "main in wg.Wait()" and "done", none of which the figure shows. It names
     * main's go statements, which fill the axis of its few microseconds, and the killed goroutines.
     */
    @Test
    void addInsideNamesMainStartingGoroutinesAndTheKilledOnes() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        assertEquals(5, killed(trace), "seed 42 kills every goroutine");
        assertEquals(words("go", "killed"), legend(trace));
    }

    /** A lucky Add-inside run, in which main waits for every goroutine, names what it does. */
    @Test
    void aLuckyAddInsideRunNamesTheSleepsAndTheWait() {
        Trace lucky = Stream.iterate(1L, seed -> seed + 1).limit(10_000)
                .map(seed -> Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, seed)))
                .filter(trace -> killed(trace) == 0).findFirst().orElseThrow();
        assertEquals(words("sleep", "wgWait", "done"), legend(lucky));
    }

    /**
     * "done" is drawn as a finished lane ends: a tick, then its line. With the line alone, a run whose lanes
     * all end with it (equal delays) showed ticks and no line, and the legend's "done" matched nothing on
     * screen. No Done's goroutines, which get no tick, have the line alone.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Mode.class, names = {"RACE", "CONCURRENT", "MISSING_DONE"})
    void doneIsDrawnAsAFinishedLaneEnds(Mode mode) {
        Trace trace = Simulator.run(new Scenario(mode, 3, new DelaySpec.Fixed(2_000), 300, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 2000, 1000, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.layout(surface, FigureSpec.window(2000, 1000, 1), trace, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, FigureLabels.of(ENGLISH, trace), -1, false));
        long tickStrokes = surface.calls().stream().filter(call -> call.startsWith("line "))
                .map(call -> call.substring(5).trim().split(" "))
                .filter(n -> Double.parseDouble(n[1]) >= layout.legendTop()
                        && (int) Double.parseDouble(n[4]) == Palette.LIGHT.mutedText())
                .count();
        assertEquals(mode == Mode.MISSING_DONE ? 0 : 2, tickStrokes, mode + ": the legend's tick, in the lanes' tick colour");
        if (mode != Mode.MISSING_DONE) {
            assertTrue(surface.calls().stream().anyMatch(call -> call.startsWith("text ✓ ")), "the lanes end with ticks");
        }
    }

    /**
     * Lanes too thin for a tick (fifty calls in 1280 x 720; the comparison's rows) end with the line alone,
     * and the legend's "done" is drawn so: a ticked "done" matched nothing there.
     */
    @Test
    void thinLanesLegendHasNoTick() {
        Trace many = Simulator.run(new Scenario(Mode.CONCURRENT, 50, new DelaySpec.Fixed(2_000), 0, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.layout(surface, FigureSpec.window(1280, 720, 1), many, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(many, new TraceIndex(many).at(many.endMicros()),
                Palette.LIGHT, FigureLabels.of(ENGLISH, many), -1, false));
        assertFalse(TimelinePainter.ticked(layout));
        assertEquals(0, surface.calls().stream().filter(call -> call.startsWith("text ✓ ")).count(), "no tick in the lanes");
        assertEquals(0, legendTickStrokes(surface, layout.legendTop()), "nor in the legend");
        assertTrue(legend(many).contains(ENGLISH.format("legend.done")), "which names done");

        Comparison comparison = Comparison.of(new Scenario(Mode.SEQUENTIAL, 10, new DelaySpec.Fixed(2_000), 300, 42));
        RecordingSurface picture = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        ComparisonFigure.paint(picture, 1280, 720, comparison, Long.MAX_VALUE, Palette.LIGHT, ENGLISH);
        assertEquals(0, picture.calls().stream().filter(call -> call.startsWith("text ✓ ")).count(), "no tick in the programs");
        assertEquals(0, legendTickStrokes(picture, 0), "nor in the comparison's legend");
    }

    private static long legendTickStrokes(RecordingSurface surface, double below) {
        return surface.calls().stream().filter(call -> call.startsWith("line "))
                .map(call -> call.substring(5).trim().split(" "))
                .filter(n -> Double.parseDouble(n[1]) >= below && (int) Double.parseDouble(n[4]) == Palette.LIGHT.mutedText())
                .count();
    }

    /** A race whose appends did not overlap lost nothing, and has no "lost" in its legend. */
    @Test
    void aRaceThatLostNothingDoesNotNameLost() {
        Trace apart = Simulator.run(new Scenario(Mode.RACE, 3, new DelaySpec.Listed(List.of(100L, 1_000L, 2_000L)), 5, 42));
        assertEquals(List.of("id1", "id2", "id3"), apart.results(), "nothing lost");
        assertEquals(words("sleep", "wgWait", "append", "done"), legend(apart));
    }

    /**
     * Before a simulated run's end (the window before the class has seen it), the legend names what the
     * program shows, the same whatever this run will do: a race's "lost" does not say whether ids will
     * be lost. At the end it names what the run did.
     */
    @Test
    void aSimulatedRunBeforeItsEndGivesNothingAway() {
        Trace apart = Simulator.run(new Scenario(Mode.RACE, 3, new DelaySpec.Listed(List.of(100L, 1_000L, 2_000L)), 5, 42));
        Trace lossy = Simulator.run(Scenario.defaults(Mode.RACE, 42));
        assertTrue(lossy.anyLost());
        assertEquals(legend(lossy, true), legend(apart, true), "before the end, the same legend");
        assertTrue(legend(apart, true).contains(ENGLISH.format("legend.lost")), legend(apart, true).toString());
        assertFalse(legend(apart, false).contains(ENGLISH.format("legend.lost")), "at the end, what it did");
    }

    /**
     * The comparison's one legend (the Compare window's): before the programs' end it names what the
     * four programs show, a race that will lose nothing included; at the end, what they did.
     */
    @Test
    void theComparisonsLegendBeforeTheEndGivesNothingAway() {
        Comparison apart = Comparison.of(new Scenario(Mode.SEQUENTIAL, 3, new DelaySpec.Listed(List.of(100L, 1_000L, 2_000L)), 5, 42));
        assertFalse(apart.traces().stream().anyMatch(Trace::anyLost), "its race loses nothing");
        String lost = ENGLISH.format("legend.lost");
        assertTrue(comparisonLegend(apart, true).contains(lost), comparisonLegend(apart, true).toString());
        assertEquals(comparisonLegend(Comparison.of(Scenario.defaults(Mode.SEQUENTIAL, 42)), true), comparisonLegend(apart, true),
                "before the end, the same legend whatever the race does");
        assertEquals(words("sleep", "call", "wgWait", "lockHeld", "append", "done"), comparisonLegend(apart, false),
                "at the end, what they did: no one waited for the lock, and nothing was lost");
    }

    private static List<String> comparisonLegend(Comparison comparison, boolean going) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 2000, 100, "t", new FigureFonts()));
        TimelinePainter.paintLegend(surface, 0, 0, 2000, 1, comparison.traces(), going, true, Palette.LIGHT,
                FigureLabels.of(ENGLISH, comparison.traces().get(0)));
        return surface.texts();
    }

    /**
     * A real run still going names what its program shows, not only what has happened yet: its legend
     * does not grow as the events arrive, and says "done" before anyone is. Stopped, it names what it did:
     * No Done stopped before its deadlock has no "fatal error".
     */
    @Test
    void aRunStillGoingNamesWhatItsProgramShowsAndAStoppedOneWhatItDid() {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.MUTEX, 2, new DelaySpec.Fixed(2000), 300, 1), "real");
        builder.begin(1, SpanKind.SLEEP, 0, 2000);
        builder.begin(2, SpanKind.SLEEP, 0, 2000);
        Trace going = builder.build(500, false);
        assertFalse(going.anyFinished(), "the goroutines are still asleep");
        assertEquals(words("sleep", "wgWait", "lockWait", "lockHeld", "done"), legend(going, true));
        assertEquals(words("sleep"), legend(going, false), "stopped at 500 ms, while they slept");

        TraceBuilder noDone = new TraceBuilder(new Scenario(Mode.MISSING_DONE, 2, new DelaySpec.Fixed(2000), 300, 1), "real");
        noDone.begin(0, SpanKind.WG_WAIT, 0, 0);
        noDone.begin(1, SpanKind.SLEEP, 0, 2000);
        noDone.end(noDone.begin(2, SpanKind.SLEEP, 0, 500), 500);
        Trace stopped = noDone.build(1_200, false);
        assertEquals(words("sleep", "wgWait", "fatal", "returned"), legend(stopped, true), "still going");
        assertEquals(words("sleep", "wgWait", "returned"), legend(stopped, false), "stopped before the deadlock");
    }

    /** The tutorial's mutex program holds the lock for no time: its holds are slivers, still named. */
    @Test
    void locksHeldForNoTimeAreStillNamed() {
        Trace tutorial = Simulator.run(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 0, 42));
        assertEquals(words("sleep", "wgWait", "lockHeld", "done"), legend(tutorial));
    }
}
