package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's real runs without a window: the frames are {@link RealRunModel#tick()} calls, made
 * until something is seen or a deadline passes. Nothing waits a fixed time.
 */
class RealRunModelTest {
    private final Session session = new Session(Scenario.defaults(Mode.CONCURRENT, 1), Locale.ENGLISH, EngineKind.REAL);
    private final RealRunModel real = session.real();
    private final StringBinding status = real.status(new Dashboard(session.playback(), session.textsProperty()).status());

    @AfterEach
    void stopWhatIsLeft() {
        session.shutdown();
    }

    @Test
    void beforeARealRunTheLanesAreThereAndNothingHasHappened() {
        Trace trace = session.trace();
        assertEquals(RealEngine.NAME, trace.engine());
        assertEquals(0, trace.size());
        assertEquals(6, trace.laneCount());
        assertEquals("Real threads: press Run (Enter) or Space\u00a0to\u00a0start", status.get());
        assertEquals("seed 1 · real threads · 5 calls", real.runInfo().get());
    }

    /**
     * Under the status, the hold where the program has one: presenting, the form that shows it is
     * hidden, and the mutex's 3.5s (the tutorial prints about 2s) needs its 300 ms to make sense.
     */
    @Test
    void theRunsLineNamesTheHold() throws InterruptedException {
        session.form().load(new Scenario(Mode.MUTEX, 2, new DelaySpec.Fixed(0), 3, 42));
        assertTrue(session.run());
        assertEquals("seed 42 · real threads · 2 calls, hold 3 ms", real.runInfo().get());
        session.stop();
        session.form().load(new Scenario(Mode.RACE, 2, new DelaySpec.Fixed(0), 0, 42));
        assertTrue(session.run());
        assertEquals("seed 42 · real threads · 2 calls, read-write gap 0 ms", real.runInfo().get());
        session.stop();
        session.form().load(new Scenario(Mode.CONCURRENT, 2, new DelaySpec.Fixed(0), 3, 42));
        assertTrue(session.run());
        assertEquals("seed 42 · real threads · 2 calls", real.runInfo().get());
    }

    /**
     * Exported while a real run was still going, its CSV called the calls still going "stopped" and its
     * JSON's total was the moment of the export: a snapshot read as a run stopped there. While it goes,
     * the export is refused and the status bar says when it can be had; once stopped, it is written.
     */
    @Test
    void aRealRunStillGoingIsExportedWhenItHasEnded() throws InterruptedException {
        session.form().load(new Scenario(Mode.CONCURRENT, 2, new DelaySpec.Listed(List.of(0L, 60_000L)), 0, 1));
        assertTrue(session.run());
        tickUntil(() -> session.playback().console().size() == 1, "id1 printed");
        assertTrue(session.export().capture(dev.golanes.render.Palette.LIGHT, 1).isEmpty(), "a snapshot of a run still going");
        assertEquals("The real run is still going: export it when it has ended, or after Stop",
                session.export().noticeProperty().get());
        assertTrue(session.export().failedProperty().get(), "said as a refusal");
        // Its trace and time move every frame: the notice stays while the run goes (it went at the next frame).
        long seen = session.playback().time();
        tickUntil(() -> session.playback().time() > seen + 20_000, "20 ms more of the run");
        assertEquals("The real run is still going: export it when it has ended, or after Stop",
                session.export().noticeProperty().get());
        session.stop();
        tickUntil(() -> !real.isRunning(), "stopped");
        assertEquals("", session.export().noticeProperty().get(), "gone with the run");
        assertTrue(session.export().capture(dev.golanes.render.Palette.LIGHT, 1).isPresent(), "a stopped run is exported");
    }

    /**
     * Mutex with 1000 calls on real threads takes five minutes, on an axis that long: its first seconds
     * looked like nothing was happening. A run of 10 s or more says how long it takes at least.
     */
    @Test
    void aLongRealRunSaysHowLongItTakes() throws InterruptedException {
        session.form().load(new Scenario(Mode.CONCURRENT, 2, new DelaySpec.Listed(List.of(0L, 60_000L)), 0, 1));
        assertTrue(session.run());
        tickUntil(() -> session.playback().console().size() == 1, "id1 printed");
        assertTrue(status.get().matches("Running on real threads: [0-9,]+ ms of\u00a0at\u00a0least\u00a01m0s"), status.get());
        session.stop();
        session.form().load(new Scenario(Mode.CONCURRENT, 2, new DelaySpec.Listed(List.of(0L, 9_000L)), 0, 1));
        assertTrue(session.run());
        assertTrue(status.get().matches("Running on real threads: [0-9,]+ ms"), "9 s is not long: " + status.get());
    }

    @Test
    void aRealRunGrowsAsItHappensAndStoppingKeepsWhatRanSoFar() throws InterruptedException {
        session.form().load(new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Listed(List.of(0L, 100L, 60_000L)), 0, 1));
        assertTrue(session.run());
        assertTrue(real.isRunning());
        tickUntil(() -> session.playback().console().size() == 1, "id1 printed");
        Trace early = session.trace();
        tickUntil(() -> session.playback().console().size() == 2, "id2 printed");
        Trace later = session.trace();
        assertNotSame(early, later);
        assertTrue(later.size() > early.size(), "the lanes grow as the real events arrive");
        assertFalse(later.isComplete());
        assertEquals(later.endMicros(), session.playback().time(), "the playhead is at the time since the start");
        assertEquals(60_000_000, session.playback().horizon(), "the axis reaches the simulated total");
        assertTrue(status.get().matches("Running on real threads: \\d+ ms of\u00a0at\u00a0least\u00a01m0s"), status.get());

        session.stop();
        assertFalse(real.isRunning());
        Trace kept = session.trace();
        assertFalse(kept.isComplete());
        assertTrue(kept.size() >= later.size(), "the trace so far stays on screen");
        assertEquals(List.of("The result from the database is: id1", "The result from the database is: id2"),
                session.playback().console());
        assertEquals(kept.endMicros(), session.playback().time());
        assertTrue(status.get().startsWith("Stopped at "), status.get());
        assertTrue(threadsGoneWithin200ms(real.engine()));
        // Played back, the stopped run says it plays, and where it is paused, until it comes to its stop.
        session.playback().seek(0);
        assertTrue(status.get().startsWith("Ready: "), status.get());
        session.playback().seek(kept.endMicros() / 2);
        assertTrue(status.get().startsWith("Paused at "), status.get());
        session.playback().play();
        assertTrue(status.get().startsWith("Playing at "), status.get());
        session.playback().seek(kept.endMicros());
        assertTrue(status.get().startsWith("Stopped at "), status.get());
    }

    @Test
    void aFinishedRealRunIsReadyToReplayLikeASimulatedOne() throws InterruptedException {
        session.selectMode(Mode.MUTEX);
        session.form().load(new Scenario(Mode.MUTEX, 6, new DelaySpec.Listed(List.of(0L, 10L, 10L, 20L, 10L, 0L)), 2, 7));
        assertTrue(session.run());
        tickUntil(() -> !real.isRunning(), "the run ended");
        Trace trace = session.trace();
        assertTrue(trace.isComplete());
        assertEquals(List.of(), TraceChecks.check(trace, RealEngine.SCHEDULER_SLACK_MICROS));
        assertTrue(session.playback().moment().finished());
        assertEquals(trace.console(), session.playback().console());
        assertTrue(status.get().startsWith("Finished in "), status.get());
        assertEquals(0, session.playback().horizon());

        session.replay();
        assertTrue(session.playback().isPlaying());
        assertEquals(0, session.playback().time());
        session.playback().stepForward();
        assertTrue(session.playback().time() > 0, "steps through the real events");
        assertEquals(trace, session.trace(), "replaying plays the same real run, it does not run again");
    }

    @Test
    void switchingModeOrEngineOrRunningAgainStopsTheRealRun() throws InterruptedException {
        Scenario longRun = new Scenario(Mode.CONCURRENT, 4, new DelaySpec.Fixed(60_000), 0, 3);
        session.form().load(longRun);
        session.run();
        RealEngine first = real.engine();
        session.run();
        assertNotSame(first, real.engine());
        assertTrue(threadsGoneWithin200ms(first), "starting another run stops the first");

        RealEngine second = real.engine();
        session.selectMode(Mode.SEQUENTIAL);
        assertFalse(real.isRunning());
        assertTrue(threadsGoneWithin200ms(second), "switching mode stops the run");
        assertEquals(0, session.trace().size(), "the new mode's lanes wait for Run");

        session.run();
        RealEngine third = real.engine();
        session.selectEngine(EngineKind.SIM);
        assertFalse(real.isRunning());
        assertTrue(threadsGoneWithin200ms(third), "switching to the simulator stops the run");
        assertEquals(Trace.SIMULATED, session.trace().engine());
        assertEquals(Simulator.run(session.trace().scenario()).endMicros(), session.trace().endMicros());
    }

    /** A run that fails (here its output cannot be written) says so, and why, instead of looking stopped by the user. */
    @Test
    void aRunThatFailsSaysWhyInTheStatus() throws InterruptedException {
        assertTrue(statusAfterFailing(new IllegalStateException("the system refused"))
                .endsWith(": IllegalStateException: the system refused"));
        // What the JVM throws when the system refuses a thread, said in the user's words.
        assertTrue(statusAfterFailing(new OutOfMemoryError("unable to create native thread"))
                .endsWith(": the system refused to start more threads"));
    }

    private static String statusAfterFailing(Throwable cause) throws InterruptedException {
        PlaybackModel playback = new PlaybackModel();
        SimpleObjectProperty<Texts> english = new SimpleObjectProperty<>(Texts.forLocale(Locale.ENGLISH));
        RealRunModel failing = new RealRunModel(playback, english, (line, newline) -> {
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        });
        StringBinding failingStatus = failing.status(new Dashboard(playback, english).status());
        try {
            failing.start(new Scenario(Mode.CONCURRENT, 2, new DelaySpec.Listed(List.of(0L, 60_000L)), 0, 1));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (failing.isRunning() && System.nanoTime() < deadline) {
                failing.tick();
                Thread.sleep(2);
            }
            assertFalse(failing.isRunning(), "the run never ended");
            assertTrue(failingStatus.get().startsWith("The real run failed at "), failingStatus.get());
            return failingStatus.get();
        } finally {
            failing.stop();
        }
    }

    /** Opening a file while a real run goes on stops that run: the file's scenario stays on screen, not the old run. */
    @Test
    void openingAFileStopsARealRunStillGoing() throws InterruptedException {
        session.form().load(new Scenario(Mode.CONCURRENT, 2, new DelaySpec.Listed(List.of(0L, 60_000L)), 0, 1));
        assertTrue(session.run());
        tickUntil(() -> session.playback().console().size() == 1, "id1 printed");
        Scenario opened = new Scenario(Mode.MUTEX, 9, new DelaySpec.Fixed(100), 0, 7);
        assertEquals(null, session.load(new ScenarioFile.Contents(opened, "real", 1, true)));
        assertFalse(real.isRunning(), "the old run goes on");
        for (int i = 0; i < 5; i++) {
            real.tick();
        }
        assertEquals(opened, session.trace().scenario());
        assertEquals(0, session.trace().size(), "the file's run is ready to start, not the old one's");
    }

    /**
     * E, E: back on real threads with the same scenario, the last real run is on screen again, at its
     * end, to set beside the simulation (it used to be dropped for empty lanes waiting for Run).
     */
    @Test
    void backOnRealThreadsTheLastRealRunIsThereAgain() throws InterruptedException {
        session.form().load(new Scenario(Mode.MUTEX, 3, new DelaySpec.Listed(List.of(0L, 10L, 10L)), 2, 7));
        assertTrue(session.run());
        tickUntil(() -> !real.isRunning(), "the run ended");
        Trace run = session.trace();
        session.selectEngine(EngineKind.SIM);
        assertEquals(Trace.SIMULATED, session.trace().engine());
        session.selectEngine(EngineKind.REAL);
        assertSame(run, session.trace());
        assertEquals(run.endMicros(), session.playback().time(), "at its end");
        assertTrue(status.get().startsWith("Finished in "), status.get());
        // Another program has not run on real threads: its lanes wait for Run; back to the first, it is there.
        session.selectMode(Mode.CONCURRENT);
        assertEquals(0, session.trace().size());
        session.selectMode(Mode.MUTEX);
        assertSame(run, session.trace());
        // A lesson file of the same scenario is a run to start, not the old one.
        assertEquals(null, session.load(new ScenarioFile.Contents(run.scenario(), "real", 1, true)));
        assertEquals(0, session.trace().size(), "the file's run is ready to start");
    }

    /** A file says which engine ran it; opening it picks that engine, as {@code --scenario} does. */
    @Test
    void openingAFileTakesItsEngine() {
        Scenario opened = new Scenario(Mode.MUTEX, 4, new DelaySpec.Fixed(100), 0, 7);
        assertEquals(null, session.load(new ScenarioFile.Contents(opened, "sim", 1, true)));
        assertEquals(EngineKind.SIM, session.engineProperty().get());
        assertEquals(Trace.SIMULATED, session.trace().engine());
        assertTrue(session.trace().isComplete());
        assertEquals(null, session.load(new ScenarioFile.Contents(opened, "real", 1, true)));
        assertEquals(EngineKind.REAL, session.engineProperty().get());
        assertEquals(RealEngine.NAME, session.trace().engine());
    }

    private void tickUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            real.tick();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            Thread.sleep(2);
        }
    }

    private static boolean threadsGoneWithin200ms(RealEngine engine) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (!engine.hasEnded()) {
            if (System.nanoTime() > deadline) {
                return engine.hasEnded();
            }
            Thread.sleep(1);
        }
        return true;
    }
}
