package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.EngineKind;
import dev.golanes.engine.Simulator;
import dev.golanes.render.TimeWindow;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.TraceBuilder;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the session does between the models, without a window. */
class SessionTest {
    private final Session session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);

    /**
     * A student typed 5 calls over 100, pressed Tab and Play, and the 100 calls played with nothing saying
     * why: while the run on screen is not the settings' own and is not playing, the status says to Run.
     */

    /**
     * A scenario file of 200,000 delays and no "calls" was refused as "calls: the window shows at most
     * 10,000 calls": the file has no calls field, its list of delays is what is too long.
     */
    @Test
    void aFileOfTooManyDelaysIsToldSo() {
        Session session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        Scenario many = new Scenario(Mode.MUTEX, 20_000, new DelaySpec.Listed(java.util.Collections.nCopies(20_000, 5L)), 300, 42);
        assertEquals("delays lists 20,000 delays, one per call, but the window takes 1 to 10,000 calls",
                session.load(new dev.golanes.scenario.ScenarioFile.Contents(many, "sim", 1, true)));
        assertEquals("calls: the window shows at most 10,000 calls (golanes run takes up to 1,000,000)",
                session.load(new dev.golanes.scenario.ScenarioFile.Contents(new Scenario(Mode.MUTEX, 20_000, new DelaySpec.Fixed(5), 300, 42),
                        "sim", 1, true)));
        assertEquals(5, session.form().scenario().orElseThrow().calls(), "a refused file changes nothing");
    }

    @Test
    void settingsNotYetRunAreSaidToWaitForRun() {
        Session many = new Session(new Scenario(Mode.MUTEX, 100, new DelaySpec.Fixed(2000), 300, 42), Locale.ENGLISH);
        javafx.beans.binding.StringBinding status = many.status(new javafx.beans.property.SimpleStringProperty("the run's"));
        for (Mode mode : Mode.values()) {
            many.selectMode(mode);
            assertEquals("the run's", status.get(), mode + ": the settings are the run's");
        }
        many.selectMode(Mode.MUTEX);
        many.form().callsProperty().set("5");
        assertEquals("Settings changed: Run (Enter) shows them", status.get());
        many.playback().play();
        assertEquals("the run's", status.get(), "playing, the status is the run's");
        many.playback().pause();
        assertEquals("Settings changed: Run (Enter) shows them", status.get());
        many.run();
        many.playback().pause();
        assertEquals("the run's", status.get(), "run");
        assertEquals(5, many.trace().scenario().calls());
    }

    /** Zoomed in at the end, Home (or a step) moves the view with the playhead instead of leaving it blank. */
    /** B blanks the screen to ask the class what comes next: the run waits, and stays paused after. */
    @Test
    void blankingPausesTheRun() {
        session.playback().play();
        assertTrue(session.playback().isPlaying());
        session.blankedProperty().set(true);
        assertFalse(session.playback().isPlaying(), "blanked");
        session.blankedProperty().set(false);
        assertFalse(session.playback().isPlaying(), "back, still paused");
    }

    /** The keys list covers the window: the run waits behind it, as behind the blank screen, and stays paused after. */
    @Test
    void theKeysListPausesTheRun() {
        session.playback().play();
        session.helpShownProperty().set(true);
        assertFalse(session.playback().isPlaying(), "the keys shown");
        session.helpShownProperty().set(false);
        assertFalse(session.playback().isPlaying(), "closed, still paused");
    }

    @Test
    void thePlayheadStaysInViewWhenItJumps() {
        PlaybackModel playback = session.playback();
        playback.seek(Long.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            session.viewport().zoomIn(playback.time());
        }
        TimeWindow zoomed = session.viewport().window();
        assertTrue(zoomed.start() > 0, "zoomed in at the end: " + zoomed);
        playback.seek(0);
        assertEquals(0, session.viewport().window().start(), "after Home: " + session.viewport().window());
        playback.seek(Long.MAX_VALUE);
        TimeWindow atEnd = session.viewport().window();
        assertTrue(atEnd.end() >= playback.time() && atEnd.start() <= playback.time(), "after End: " + atEnd);
    }

    /** Before the first real run, the axis reaches as far as the run will take at least (3.5 s here), not 1 ms. */
    @Test
    void aRealRunNotStartedYetShowsTheAxisOfTheRunToCome() {
        Scenario mutex = Scenario.defaults(Mode.MUTEX, 42);
        Session real = new Session(mutex, Locale.ENGLISH, EngineKind.REAL);
        long promised = Simulator.run(mutex).endMicros();
        assertEquals(0, real.trace().size(), "nothing has run yet");
        assertEquals(promised, real.viewport().window().end(), real.viewport().window().toString());
        real.selectMode(Mode.CONCURRENT);
        assertEquals(Simulator.run(Scenario.defaults(Mode.CONCURRENT, 42)).endMicros(), real.viewport().window().end());
    }

    /**
     * With a wrong field Run does nothing: the status bar's "press Run" would then be wrong, so before
     * the run plays it says what to do; a paused or finished run keeps its own status.
     */
    @Test
    void aWrongFieldTurnsReadyIntoWhatToDo() {
        for (EngineKind engine : EngineKind.values()) {
            Session s = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH, engine);
            Dashboard dashboard = new Dashboard(s.playback(), s.textsProperty());
            javafx.beans.binding.StringBinding status = s.status(s.real().status(dashboard.status()));
            String ready = status.get();
            assertTrue(ready.contains("Run (Enter)"), engine + ": " + ready);
            s.form().callsProperty().set("abc");
            assertEquals("Correct what is in red to run", status.get(), engine.id());
            s.form().callsProperty().set("5");
            assertEquals(ready, status.get(), engine.id());
        }
        Session s = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.forLanguageTag("id"));
        javafx.beans.binding.StringBinding status = s.status(s.real().status(new Dashboard(s.playback(), s.textsProperty()).status()));
        s.form().callsProperty().set("abc");
        assertEquals("Perbaiki isian yang merah agar bisa dijalankan", status.get());
        // Presenting, the form is hidden: the status says how to get it back.
        s.presentingProperty().set(true);
        assertEquals("Ada pengaturan yang salah: F5 menampilkan formulir", status.get());
        s.presentingProperty().set(false);
        s.playback().seek(Long.MAX_VALUE);
        assertEquals("Selesai dalam 3,5s", status.get(), "a finished run keeps its status");
    }

    /** N (or New seed) shows the new seed's run, ready to play, rather than only changing a field. */
    /**
     * A program chosen while another field is wrong runs with its own hold (the field shows it), not
     * the hold of the program before: Race ran with Mutex's 0 while its field said 300.
     */
    @Test
    void aProgramChosenWhileAFieldIsWrongRunsWithItsOwnHold() {
        session.form().holdProperty().set("0");
        session.run();
        assertEquals(0, session.trace().scenario().holdMs());
        session.form().callsProperty().set("abc");
        session.selectMode(Mode.RACE);
        assertEquals("300", session.form().holdProperty().get());
        assertEquals(300, session.trace().scenario().holdMs(), "the run on screen has Race's own gap");
        session.selectMode(Mode.MUTEX);
        assertEquals(0, session.trace().scenario().holdMs());
    }

    /**
     * A lane picked after its goroutine returned marks no line: the code's heading says it has returned
     * (it said "where id2 is" over a program with nothing marked).
     */
    @Test
    void theCodesHeadingSaysWhenTheGoroutinePickedHasReturned() {
        CodePanel code = new CodePanel(session);
        session.playback().seek(Long.MAX_VALUE);
        session.selectLane(2);
        assertEquals("The Go program · dbCall(id2) has returned", code.heading().get());
        session.playback().seek(2_100_000);
        assertEquals("The Go program · where dbCall(id2) is", code.heading().get());
        session.selectLane(0);
        assertEquals("The Go program · where main is", code.heading().get());
        session.playback().seek(Long.MAX_VALUE);
        assertEquals("The Go program · main has returned", code.heading().get());
    }

    /** A live real run's main has not returned, though its snapshot ends now: only a run that is over says so. */
    @Test
    void mainHasReturnedOnlyOnceTheRunIsOver() {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.CONCURRENT, 1, new DelaySpec.Fixed(2000), 300, 1), "real");
        builder.end(builder.begin(0, SpanKind.WG_WAIT, 0, 0), 1_000);
        builder.end(builder.begin(1, SpanKind.SLEEP, 0, 1_000), 1_000);
        assertFalse(CodePanel.hasReturned(builder.build(1_200, false), 0, 1_200), "a snapshot of a run still going");
        assertTrue(CodePanel.hasReturned(builder.build(1_200, true), 0, 1_200));
        assertTrue(CodePanel.hasReturned(builder.build(1_200, true), 1, 1_200));
        assertFalse(CodePanel.hasReturned(builder.build(1_200, true), 1, 900), "before its sleep ended");
    }

    @Test
    void aNewSeedShowsItsRun() {
        Session s = new Session(Scenario.defaults(Mode.CONCURRENT, 42), Locale.ENGLISH);
        s.playback().seek(Long.MAX_VALUE);
        s.newSeed();
        long seed = Long.parseLong(s.form().seedProperty().get());
        assertTrue(seed != 42, "a new seed was drawn");
        assertEquals(seed, s.trace().scenario().seed(), "the run on screen is the new seed's");
        assertEquals(Simulator.run(s.trace().scenario()).endMicros(), s.trace().endMicros());
        assertEquals(0, s.playback().time(), "ready at the start");
        // With a wrong field, only the seed changes: the run on screen stays.
        s.form().callsProperty().set("abc");
        s.newSeed();
        assertEquals(seed, s.trace().scenario().seed());
    }
}
