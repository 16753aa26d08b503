package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
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
    private static final List<String> KEYS = List.of("legend.sleep", "legend.call", "legend.wgWait", "legend.go",
            "legend.lockWait", "legend.lockHeld", "legend.append", "legend.lost", "legend.killed", "legend.fatal",
            "legend.done");

    /**
     * The legend's entries, in order: what a figure with a legend draws beyond the same figure
     * without one, among the legend's words (the other is the note on the total).
     */
    private static List<String> legend(Trace trace) {
        List<String> entries = new ArrayList<>(texts(trace, true));
        for (String text : texts(trace, false)) {
            entries.remove(text);
        }
        List<String> words = KEYS.stream().map(ENGLISH::format).toList();
        entries.removeIf(text -> !words.contains(text));
        return entries;
    }

    private static List<String> texts(Trace trace, boolean legend) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 2000, 1000, "t", new FigureFonts()));
        TimelineFigure.paint(surface, new FigureSpec(2000, 1000, 1, false, legend), trace,
                new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 0);
        return surface.texts();
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
                Arguments.of(Mode.MISSING_DONE, words("sleep", "wgWait", "fatal", "done")),
                Arguments.of(Mode.DOUBLE_UNLOCK, words("sleep", "wgWait", "append", "fatal")));
    }

    @ParameterizedTest
    @MethodSource("tutorialPrograms")
    void everyStateTheProgramsRunShowsIsNamed(Mode mode, List<String> expected) {
        assertEquals(expected, legend(Simulator.run(Scenario.defaults(mode, 42))));
    }

    /**
     * Add inside's goroutines die with main before they sleep, and main never waits: the legend used
     * to name "sleeping", "main in wg.Wait()" and "done", none of which the figure shows.
     */
    @Test
    void addInsideNamesOnlyTheKilledGoroutines() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        assertEquals(5, killed(trace), "seed 42 kills every goroutine");
        assertEquals(words("killed"), legend(trace));
    }

    /** A lucky Add-inside run, in which main waits for every goroutine, names what it does. */
    @Test
    void aLuckyAddInsideRunNamesTheSleepsAndTheWait() {
        Trace lucky = Stream.iterate(1L, seed -> seed + 1).limit(10_000)
                .map(seed -> Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, seed)))
                .filter(trace -> killed(trace) == 0).findFirst().orElseThrow();
        assertEquals(words("sleep", "wgWait", "done"), legend(lucky));
    }

    /** A race that lost no append has no "lost" in its legend. */
    @Test
    void aRaceThatLostNothingDoesNotNameLost() {
        Trace one = Simulator.run(new Scenario(Mode.RACE, 1, new DelaySpec.Fixed(100), 5, 42));
        assertEquals(words("sleep", "wgWait", "append", "done"), legend(one));
    }

    /** The tutorial's mutex program holds the lock for no time: its holds are slivers, still named. */
    @Test
    void locksHeldForNoTimeAreStillNamed() {
        Trace tutorial = Simulator.run(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 0, 42));
        assertEquals(words("sleep", "wgWait", "lockHeld", "done"), legend(tutorial));
    }
}
