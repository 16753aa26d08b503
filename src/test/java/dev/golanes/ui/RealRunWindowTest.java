package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.EngineKind;
import dev.golanes.engine.LineSink;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.ThreadKind;
import dev.golanes.playback.Session;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real run in the real window: it grows live, and Stop, Escape or another mode end it at once. */
@ExtendWith(ApplicationExtension.class)
class RealRunWindowTest {
    /** id1 prints at once, id2 and id3 later, id4 and id5 only after a minute: the run is stopped first. */
    private static final Scenario LONG_RUN = new Scenario(Mode.CONCURRENT, 5,
            new DelaySpec.Listed(List.of(0L, 700L, 1400L, 60_000L, 60_000L)), 0, 8);

    private Session session;

    @Start
    void start(Stage stage) throws InterruptedException {
        // A first real run starts what the JDK keeps for later (the virtual threads' carriers).
        RealEngine.run(new Scenario(Mode.CONCURRENT, 20, new DelaySpec.Fixed(1), 0, 1), LineSink.NONE);
        session = new Session(Scenario.defaults(Mode.CONCURRENT, 8), Locale.ENGLISH);
        Scene scene = new Scene(Views.load(session), 1280, 720);
        Themes.apply(scene);
        Keys.install(scene, session);
        new PlaybackClock(session.playback()).attach();
        new LiveClock(session.real()).attach();
        stage.setScene(scene);
        stage.show();
        scene.lookup("#timeline").requestFocus();
    }

    /** As closing the window does; on the FX thread, where the window's models live. */
    @AfterEach
    void stopTheRun() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(session::shutdown));
    }

    @Test
    void aRealRunGrowsLiveAndStopEndsItsThreadsAndKeepsTheTrace(FxRobot robot) throws Exception {
        assertEquals("= the longest sleep", text(robot, "#total-rule"));
        robot.clickOn("#engine-real");
        // Real threads start one after another, so the sleep that ends last need not be the longest.
        assertEquals("= the sleep that ended last", text(robot, "#total-rule"));
        assertTrue(text(robot, "#explanation").endsWith("Total = the sleep that ended last (real threads start one after another)."),
                "the status bar says what the side panel says: " + text(robot, "#explanation"));
        assertEquals(EngineKind.REAL, session.engineProperty().get());
        assertTrue(robot.lookup("#engine-real").queryAs(ToggleButton.class).isSelected());
        assertEquals("Real threads: press Run (Enter) or Space\u00a0to\u00a0start", text(robot, "#status"));
        Button stop = robot.lookup("#stop").queryAs(Button.class);
        assertTrue(stop.isDisabled(), "nothing to stop yet");
        // Nothing to play before Run: no live-looking counter, no µs readout, no Play that does nothing.
        Button play = robot.lookup("#play").queryAs(Button.class);
        for (String control : List.of("#play", "#replay", "#step-back", "#step-forward", "#scrubber")) {
            assertTrue(robot.lookup(control).query().isDisabled(), control + " before the first real run");
        }
        assertEquals("main not started", text(robot, "#main-state"));
        assertEquals("0 / 0 ms", text(robot, "#time-readout"));
        robot.interact(() -> session.form().load(LONG_RUN));
        int threadsBefore = platformThreads();

        robot.clickOn("#run");
        waitUntil(() -> consoleSize() >= 1);
        Trace early = session.trace();
        waitUntil(() -> consoleSize() >= 3);
        Trace later = session.trace();
        assertTrue(early.console().size() < 3, "seen before id2 and id3 woke: " + early.console());
        assertTrue(session.real().isRunning());
        assertFalse(later.isComplete());
        assertTrue(later.size() > early.size() && later.endMicros() > early.endMicros(),
                "the lanes grow live: " + early.size() + " events at " + early.endMicros() + " µs, then " + later.size()
                        + " at " + later.endMicros() + " µs");
        assertFalse(stop.isDisabled());
        // A run under way goes at its own pace: nothing to play, step or speed up until it has ended.
        for (String control : List.of("#play", "#replay", "#step-back", "#step-forward", "#scrubber", "#speed")) {
            assertTrue(robot.lookup(control).query().isDisabled(), control + " during the run");
        }
        double speed = session.playback().speedProperty().get();
        robot.type(KeyCode.PLUS).type(KeyCode.SPACE);
        assertEquals(speed, session.playback().speedProperty().get(), "+ during the run");
        assertFalse(session.playback().isPlaying(), "Space during the run");
        assertTrue(text(robot, "#status").startsWith("Running on real threads: "), text(robot, "#status"));
        String kind = session.real().threadKind() == ThreadKind.VIRTUAL ? "Virtual" : "Platform";
        assertEquals(kind + " threads, Java " + Runtime.version().feature() + ": same delays, the scheduler's order.",
                text(robot, "#engine-hint"));

        robot.clickOn("#stop");
        RealEngine engine = session.real().engine();
        assertFalse(session.real().isRunning());
        assertTrue(within200ms(engine::hasEnded), "every thread of the run is gone within 200 ms");
        assertTrue(within200ms(() -> platformThreads() <= threadsBefore),
                "the app has " + platformThreads() + " threads, it had " + threadsBefore);
        assertTrue(stop.isDisabled());
        assertFalse(play.isDisabled(), "what the run did can be played back");
        assertFalse(robot.lookup("#speed").query().isDisabled(), "and at any speed");
        assertTrue(text(robot, "#status").matches("Stopped at \\d+ ms"), text(robot, "#status"));
        assertEquals(3, consoleSize(), "the trace so far stays on screen");
        assertFalse(session.trace().isComplete());
    }

    @Test
    void escapeOrAnotherModeStopsARealRun(FxRobot robot) throws Exception {
        robot.clickOn("#engine-real");
        robot.interact(() -> session.form().load(LONG_RUN));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> consoleSize() >= 1);
        RealEngine first = session.real().engine();
        robot.type(KeyCode.ESCAPE);
        assertFalse(session.real().isRunning());
        assertTrue(within200ms(first::hasEnded));

        robot.type(KeyCode.ENTER);
        waitUntil(() -> session.real().isRunning() && session.real().engine() != first);
        RealEngine second = session.real().engine();
        robot.type(KeyCode.DIGIT3);
        assertEquals(Mode.MUTEX, session.form().modeProperty().get());
        assertFalse(session.real().isRunning());
        assertTrue(within200ms(second::hasEnded));
        assertEquals(0, session.trace().size(), "the mutex program waits for Run, on real threads");

        robot.clickOn("#engine-sim");
        assertEquals(Trace.SIMULATED, session.trace().engine());
        assertTrue(text(robot, "#engine-hint").startsWith("Go's rules on a virtual clock"));
    }

    /**
     * A clicker has no Enter: before real threads' first run, with nothing to play, Space or its next
     * (PgDn, or → from some clickers) starts the run. Once there is a run, they play it back and step, as always.
     */
    @Test
    void spaceOrAClickersNextStartsTheFirstRealRun(FxRobot robot) throws Exception {
        for (KeyCode key : List.of(KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.RIGHT)) {
            // Settings of their own: back on real threads, the last real run of the same settings shows.
            Scenario scenario = new Scenario(Mode.CONCURRENT, 5, LONG_RUN.delays(), 0, key.ordinal());
            robot.interact(() -> session.form().load(scenario));
            robot.clickOn("#engine-real");
            assertEquals(0, session.trace().size(), key + ": waiting for its first run");
            robot.type(key);
            waitUntil(() -> consoleSize() >= 1);
            assertTrue(session.real().isRunning(), key + " started the run");
            robot.type(KeyCode.ESCAPE);
            assertFalse(session.real().isRunning());
            int events = session.trace().size();
            robot.type(key);
            assertFalse(session.real().isRunning(), key + " after a run does not run again");
            assertEquals(events, session.trace().size(), key + " kept the stopped run");
            robot.clickOn("#engine-sim");
        }
    }

    /**
     * At the end of a real run that went to its end, a clicker's next (PgDn) runs the program again on
     * real threads, whose order may change: it did nothing there, and a clicker has no Enter. Back in
     * the run it steps, as always.
     */
    @Test
    void aClickersNextAtTheEndOfARealRunRunsItAgain(FxRobot robot) throws Exception {
        robot.interact(() -> session.form().load(new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Fixed(5), 0, 77)));
        robot.clickOn("#engine-real");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !session.real().isRunning() && session.trace().isComplete());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.playback().moment().finished(), "at its end");
        // → there, held on a keyboard, would throw the run away: it does nothing.
        RealEngine first = session.real().engine();
        robot.type(KeyCode.RIGHT);
        assertEquals(first, session.real().engine(), "→ at the end runs nothing");
        // Settings typed since are not the run's: PgDn runs the program on screen.
        robot.interact(() -> session.form().callsProperty().set("4"));
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> session.real().engine() != first && !session.real().isRunning() && session.trace().isComplete());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, session.trace().scenario().calls(), "the run on screen again, not the settings typed");
        robot.interact(() -> session.form().callsProperty().set("3"));
        // Midway, the next steps.
        robot.type(KeyCode.HOME);
        RealEngine last = session.real().engine();
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(session.playback().time() > 0, "stepped");
        assertEquals(last, session.real().engine(), "no new run midway");
        robot.clickOn("#engine-sim");
    }

    /**
     * Sequential on real threads starts no thread: main's own calls each dbCall in turn. Its caption
     * spoke of "the scheduler's order", which a sequential run has none of.
     */
    @Test
    void aSequentialRealRunSaysMainsOwnThreadCallsInTurn(FxRobot robot) throws Exception {
        robot.clickOn("#engine-real");
        robot.interact(() -> session.form().load(new Scenario(Mode.SEQUENTIAL, 2, new DelaySpec.Fixed(5), 0, 42)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> session.trace().isComplete() && !session.real().isRunning());
        assertEquals("Main's own thread, Java " + Runtime.version().feature() + ": same delays, one call after another.",
                text(robot, "#engine-hint"));
    }

    /**
     * Presenting, Esc stops a live real run first, as its Stop (Esc) says, and leaves presentation mode
     * the next time: it left the full screen, and the run went on.
     */
    @Test
    void presentingEscapeStopsARealRunBeforeLeaving(FxRobot robot) throws Exception {
        robot.clickOn("#engine-real");
        robot.interact(() -> {
            session.form().load(LONG_RUN);
            session.presentingProperty().set(true);
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> consoleSize() >= 1);
        robot.type(KeyCode.ESCAPE);
        assertFalse(session.real().isRunning(), "the run is stopped");
        assertTrue(session.presentingProperty().get(), "still presenting");
        robot.type(KeyCode.ESCAPE);
        assertFalse(session.presentingProperty().get(), "the next Esc leaves");
    }

    /**
     * Add inside on real threads is a race between main and the threads' wg.Add(1): platform threads
     * (Java 17) usually add in time and the bug hides, virtual threads (Java 21+) usually do not. The
     * status bar said main returns at once, under a run that printed all five lines; then that the bug
     * hides, under runs on Java 25 where main returned at once. It says it is a race.
     */
    @Test
    void addInsideOnRealThreadsSaysItIsARace(FxRobot robot) {
        robot.interact(() -> session.selectMode(Mode.ADD_INSIDE));
        robot.clickOn("#engine-real");
        assertTrue(text(robot, "#explanation").contains("main and the threads race"), text(robot, "#explanation"));
        robot.clickOn("#engine-sim");
        assertTrue(text(robot, "#explanation").contains("it returns at once"), text(robot, "#explanation"));
    }

    private int consoleSize() {
        return session.playback().console().size();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static int platformThreads() {
        return Thread.getAllStackTraces().size();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean within200ms(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                return condition.call();
            }
            Thread.sleep(1);
        }
        return true;
    }
}
