package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.TraceBuilder;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the side panel says {@code main} is doing at the end of each kind of run. */
class DashboardTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "CONCURRENT, main returned",
            "ADD_INSIDE, main returned",
            "MISSING_DONE, main stopped by Go",
            "DOUBLE_UNLOCK, main stopped by Go",
    })
    void mainIsFinishedOnlyWhenItReturnedAndStoppedWhenGoEndedTheProgram(Mode mode, String expected) {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(new Scenario(mode, 5, new DelaySpec.Fixed(100), 10, 1)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        playback.seek(Long.MAX_VALUE);
        assertEquals(expected, dashboard.mainState().get());
    }

    /** The side panel reads as a sentence: "held by: id5", and with no holder "held by: nobody", not "held by: free". */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, nobody, nobody",
            "id, tidak ada, tidak ada",
    })
    void aLockNobodyHoldsIsSaidToBeHeldByNobody(String language, String holder, String queue) {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(Scenario.defaults(Mode.MUTEX, 42)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.forLanguageTag(language))));
        playback.seek(0);
        assertEquals(holder, dashboard.lockHolder().get());
        assertEquals(queue, dashboard.lockQueue().get());
        playback.seek(2_100_000);
        assertTrue(dashboard.lockHolder().get().matches("id[1-5]"), dashboard.lockHolder().get());
    }

    /** The race's lost row is an alarm only once an id is lost. */
    @Test
    void nothingIsLostUntilAnAppendIsOverwritten() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(Scenario.defaults(Mode.RACE, 42)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        javafx.beans.binding.BooleanBinding nothingLost = dashboard.nothingLostYet();
        playback.seek(0);
        assertTrue(nothingLost.get());
        assertEquals("none", dashboard.lost().get());
        playback.seek(Long.MAX_VALUE);
        assertFalse(nothingLost.get());
        playback.load(Simulator.run(new Scenario(Mode.RACE, 5, new DelaySpec.Fixed(2000), 0, 42)));
        playback.seek(Long.MAX_VALUE);
        assertTrue(nothingLost.get(), "a gap of 0 loses nothing");
    }

    /** A run of microseconds (Add inside, 5 µs) is told in µs by the readout, the clock and the status bar alike. */
    @Test
    void aRunOfMicrosecondsIsToldInMicrosecondsEverywhere() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        assertEquals(5, playback.index().trace().endMicros(), "seed 42 ends after 5 µs");
        playback.seek(1);
        assertEquals("1 / 5 µs", dashboard.timeReadout().get());
        assertEquals("1 µs", dashboard.clock().get());
        assertEquals("Paused at 1 µs", dashboard.status().get());
        // Played, it goes in slow motion (over 3 s at 1x), and the status bar says so.
        playback.play();
        assertEquals("Slow motion at 1x", dashboard.status().get());
    }

    /** A real run's first snapshots end within 10 ms too: still going, it is told in ms, not µs. */
    @Test
    void aRealRunStillGoingIsToldInMilliseconds() {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.CONCURRENT, 5, new DelaySpec.Fixed(2000), 300, 1), "real");
        builder.begin(1, SpanKind.SLEEP, 0, 2000);
        PlaybackModel playback = new PlaybackModel();
        playback.load(builder.build(4_321, false));
        playback.seek(Long.MAX_VALUE);
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        assertEquals("4 ms", dashboard.clock().get());
        assertEquals("4 / 4 ms", dashboard.timeReadout().get());
        // The room the readout keeps is for the end the run is expected to reach, as the axis: it does not
        // widen, and take a second line, as the run goes on.
        assertEquals("4 / 4 ms", dashboard.longestTimeReadout().get(), "a run loaded with no horizon");
        playback.follow(builder.build(4_321, false), 15_000_000);
        assertEquals("15,000 / 15,000 ms", dashboard.longestTimeReadout().get());
    }

    /** The rule beside the clock explains the total: it is shown at the end, not beside a clock still going. */
    @Test
    void theTotalsRuleIsForTheEnd() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(100), 10, 1)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        playback.seek(50_000);
        assertFalse(dashboard.finished().get(), "mid-run");
        playback.seek(Long.MAX_VALUE);
        assertTrue(dashboard.finished().get(), "at the end");
        assertEquals("= the last Unlock", dashboard.totalRule().get());
    }

    /**
     * The clock, the readout and the counter write up to four digits as the axis does (2650) and
     * group longer numbers as the language does, so a long run's milliseconds read at a glance.
     */
    @Test
    void longNumbersAreGroupedAsTheLanguageGroupsThem() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(new Scenario(Mode.SEQUENTIAL, 1000, new DelaySpec.Fixed(1000), 0, 1)));
        SimpleObjectProperty<Texts> texts = new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH));
        Dashboard dashboard = new Dashboard(playback, texts);
        playback.seek(2_650_000);
        assertEquals("2650 / 1,000,000 ms", dashboard.timeReadout().get());
        assertEquals("2650 ms", dashboard.clock().get());
        playback.seek(123_456_000);
        assertEquals("123,456 ms", dashboard.clock().get());
        assertEquals("Paused at 123,456 ms", dashboard.status().get());
        texts.set(Texts.forLocale(Locale.forLanguageTag("id")));
        assertEquals("123.456 / 1.000.000 ms", dashboard.timeReadout().get());
    }

    /**
     * Presenting shortens a long list to its first id and its last, with the count; the
     * tutorial's five calls are listed whole either way.
     */
    @Test
    void compactListsKeepFiveCallsWholeAndShortenMore() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(new Scenario(Mode.MUTEX, 12, new DelaySpec.Fixed(2000), 300, 42)));
        Dashboard dashboard = new Dashboard(playback, new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH)));
        javafx.beans.binding.StringBinding queue = dashboard.lockQueue();
        javafx.beans.binding.StringBinding slice = dashboard.finalResults();
        playback.seek(2_100_000);
        assertTrue(queue.get().matches("(id\\d+, ){6}…, id\\d+, id\\d+, id\\d+ \\(11\u00a0ids\\)"), queue.get());
        dashboard.compactListsProperty().set(true);
        assertTrue(queue.get().matches("id\\d+, …, id\\d+ \\(11\u00a0ids\\)"), queue.get());
        assertTrue(slice.get().matches("\\[id\\d+ … id\\d+\\] \\(12\u00a0ids\\)"), slice.get());
        playback.load(Simulator.run(Scenario.defaults(Mode.MUTEX, 42)));
        assertTrue(slice.get().matches("\\[(id\\d ){4}id\\d\\]"), slice.get());
    }
}
