package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybackModelTest {
    private static final long MS = 1_000_000L;

    private static Trace mutexRun() {
        return Simulator.run(new Scenario(Mode.MUTEX, 3, new DelaySpec.Listed(List.of(1000L, 1000L, 500L)), 300, 42));
    }

    @Test
    void aTwoSecondSleepTakesTwoSecondsOfFramesAtNormalSpeed() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(Simulator.run(new Scenario(Mode.CONCURRENT, 1, new DelaySpec.Fixed(2000), 0, 1)));
        playback.play();
        long frame = 0;
        playback.tick(frame);
        for (int i = 0; i < 60; i++) {
            playback.tick(frame += 16 * MS);
        }
        assertEquals(960_000, playback.time(), "60 frames of 16 ms are 0.96 s of program time");
        assertTrue(playback.isPlaying());
        for (int i = 0; i < 100; i++) {
            playback.tick(frame += 16 * MS);
        }
        assertEquals(2_000_000, playback.time(), "the clock stops at the end of the run");
        assertFalse(playback.isPlaying());
    }

    /**
     * Add inside lasts a few microseconds: at 1x, Play ended it in the first frame. A run shorter than
     * 100 ms plays over 3 s at 1x (0.3 s at 10x), and says so; the tutorial's runs keep real time.
     */
    @Test
    void aRunOfMicrosecondsPlaysInSlowMotion() {
        PlaybackModel playback = new PlaybackModel();
        Trace addInside = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        assertTrue(addInside.endMicros() < 1_000, addInside.endMicros() + " µs");
        playback.load(addInside);
        assertTrue(playback.isSlowMotion());
        playback.play();
        long frame = 0;
        playback.tick(frame);
        for (int i = 0; i < 90; i++) {
            playback.tick(frame += 16 * MS);
        }
        assertTrue(playback.isPlaying(), "1.44 s in, still playing");
        assertTrue(playback.time() > 0 && playback.time() < addInside.endMicros(), "midway: " + playback.time());
        for (int i = 0; i < 100; i++) {
            playback.tick(frame += 16 * MS);
        }
        assertFalse(playback.isPlaying(), "over by 3 s");
        assertEquals(addInside.endMicros(), playback.time());

        playback.load(mutexRun());
        assertFalse(playback.isSlowMotion(), "3.5 s plays in real time");
    }

    @Test
    void speedScalesTheClockAndStaysWithinItsRange() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(mutexRun());
        playback.speedProperty().set(0.5);
        playback.play();
        playback.tick(0);
        playback.tick(100 * MS);
        assertEquals(50_000, playback.time());
        playback.speedProperty().set(50);
        assertEquals(PlaybackModel.MAX_SPEED, playback.speedProperty().get());
        playback.speedProperty().set(0);
        assertEquals(PlaybackModel.MIN_SPEED, playback.speedProperty().get());
    }

    /** A live run moves on its own clock: play, seek, step and the speed wait until it is loaded whole. */
    @Test
    void aLiveRunIsNotPlayedSeekedSteppedOrSpedUp() {
        PlaybackModel playback = new PlaybackModel();
        Trace run = mutexRun();
        playback.follow(run, run.endMicros());
        assertTrue(playback.isLive());
        long now = playback.time();
        playback.play();
        assertFalse(playback.isPlaying(), "play");
        playback.seek(0);
        playback.stepBackward();
        assertEquals(now, playback.time(), "seek and step back");
        playback.faster();
        playback.slower();
        assertEquals(1.0, playback.speedProperty().get(), "faster, slower");
        playback.load(run);
        assertFalse(playback.isLive());
        playback.faster();
        assertEquals(2.0, playback.speedProperty().get(), "faster once loaded");
        playback.stepForward();
        assertTrue(playback.time() > 0, "step once loaded");
        playback.play();
        assertTrue(playback.isPlaying(), "play once loaded");
    }

    @Test
    void fasterAndSlowerStepThroughTheSpeeds() {
        PlaybackModel playback = new PlaybackModel();
        playback.faster();
        assertEquals(2.0, playback.speedProperty().get());
        playback.slower();
        playback.slower();
        assertEquals(0.5, playback.speedProperty().get());
        for (int i = 0; i < 10; i++) {
            playback.slower();
        }
        assertEquals(0.1, playback.speedProperty().get());
    }

    @Test
    void stateIsTheSameWhetherReachedByPlayingSteppingOrSeeking() {
        Trace trace = mutexRun();
        PlaybackModel stepped = new PlaybackModel();
        stepped.load(trace);
        List<Long> stops = new ArrayList<>();
        while (stepped.time() < trace.endMicros()) {
            stepped.stepForward();
            stops.add(stepped.time());
            PlaybackModel sought = new PlaybackModel();
            sought.load(trace);
            sought.seek(trace.endMicros());
            sought.seek(stepped.time());
            assertSameState(stepped, sought);
        }
        assertEquals(List.of(500_000L, 800_000L, 1_000_000L, 1_300_000L, 1_600_000L), stops);

        PlaybackModel played = new PlaybackModel();
        played.load(trace);
        played.play();
        played.tick(0);
        played.tick(800 * MS);
        PlaybackModel sought = new PlaybackModel();
        sought.load(trace);
        sought.seek(800_000);
        assertSameState(played, sought);
    }

    @Test
    void steppingBackwardRetracesTheSteps() {
        Trace trace = mutexRun();
        PlaybackModel playback = new PlaybackModel();
        playback.load(trace);
        playback.seek(trace.endMicros());
        List<Long> stops = new ArrayList<>();
        while (playback.time() > 0) {
            playback.stepBackward();
            stops.add(playback.time());
        }
        assertEquals(List.of(1_300_000L, 1_000_000L, 800_000L, 500_000L, 0L), stops);
    }

    @Test
    void consoleShowsExactlyTheLinesPrintedByTheCurrentTime() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(mutexRun());
        assertEquals(List.of(), playback.console());
        playback.seek(500_000);
        assertEquals(List.of("The result from the database is: id3"), playback.console());
        playback.seek(Long.MAX_VALUE);
        assertEquals(List.of("The result from the database is: id3", "The result from the database is: id1",
                "The result from the database is: id2", "", "Total execution time: 1.6s", "[id3 id1 id2]"),
                playback.console());
        playback.seek(999_999);
        assertEquals(1, playback.console().size(), "seeking back takes printed lines away again");
    }

    @Test
    void playingAtTheEndStartsOver() {
        PlaybackModel playback = new PlaybackModel();
        playback.load(mutexRun());
        playback.seek(Long.MAX_VALUE);
        assertTrue(playback.atEndProperty().get());
        playback.play();
        assertEquals(0, playback.time());
        assertTrue(playback.isPlaying());
    }

    private static void assertSameState(PlaybackModel a, PlaybackModel b) {
        Moment x = a.moment();
        Moment y = b.moment();
        assertEquals(x.time(), y.time());
        assertEquals(x.printedLines(), y.printedLines());
        assertEquals(x.wgCounter(), y.wgCounter());
        assertEquals(x.mainWaiting(), y.mainWaiting());
        assertEquals(x.lockHolder(), y.lockHolder());
        assertArrayEquals(x.lockQueue(), y.lockQueue());
        assertArrayEquals(x.results(), y.results());
        assertEquals(x.finished(), y.finished());
        assertEquals(a.console(), b.console());
    }
}
