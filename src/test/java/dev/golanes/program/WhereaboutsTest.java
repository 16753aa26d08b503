package dev.golanes.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.program.Whereabouts.Activity;
import dev.golanes.program.Whereabouts.Crowd;
import dev.golanes.program.Whereabouts.Place;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhereaboutsTest {

    @Test
    void mutexGoroutinesQueueOnTheLockLineWhileOneHolds() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        Map<Step, Crowd> crowds = Whereabouts.crowds(trace, 2_100_000);
        assertEquals(new Crowd(4, Activity.WAITING), crowds.get(Step.LOCK));
        assertEquals(new Crowd(1, Activity.HOLDING), crowds.get(Step.HOLD));
        assertEquals(new Crowd(1, Activity.WAITING), crowds.get(Step.WG_WAIT));
        assertEquals(3, crowds.size());
        assertEquals(new Crowd(5, Activity.SLEEPING), Whereabouts.crowds(trace, 1_000_000).get(Step.SLEEP));
    }

    /**
     * The bad-unlock pitfall never calls m.Lock(): none holds the lock. On the line m.Lock() should
     * have guarded its goroutines work (the bars and the legend say "unguarded work"); they have not
     * appended yet, which the badge used to claim.
     */
    @Test
    void withoutLockNobodyIsShownHoldingIt() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        assertEquals(new Crowd(5, Activity.WORKING), Whereabouts.crowds(trace, 2_200_000).get(Step.HOLD));
    }

    @Test
    void inSequentialModeMainIsInsideTheCallItIsRunning() {
        Trace trace = Simulator.run(new Scenario(Mode.SEQUENTIAL, 3, new DelaySpec.Listed(List.of(100L, 200L, 300L)), 0, 1));
        assertEquals(new Place(Step.CALL, Activity.RUNNING), Whereabouts.of(trace, 0, 150_000));
        assertEquals(new Place(Step.SLEEP, Activity.SLEEPING), Whereabouts.of(trace, 2, 150_000));
        assertNull(Whereabouts.of(trace, 1, 150_000), "id1 has returned");
        assertNull(Whereabouts.of(trace, 3, 150_000), "id3 has not been called yet");
    }

    @Test
    void withoutAHoldTheAppendIsOnTheAppendLine() {
        Trace trace = Simulator.run(new Scenario(Mode.RACE, 2, new DelaySpec.Fixed(100), 0, 1));
        for (long t = 0; t <= trace.endMicros(); t += 10_000) {
            assertEquals(null, Whereabouts.crowds(trace, t).get(Step.HOLD));
        }
        Trace held = Simulator.run(new Scenario(Mode.RACE, 2, new DelaySpec.Fixed(100), 50, 1));
        assertEquals(new Crowd(2, Activity.APPENDING), Whereabouts.crowds(held, 120_000).get(Step.HOLD));
    }

    /**
     * Every place a goroutine is shown at is a line of its program. The places come from a map that
     * may be empty, and an empty one checked nothing and passed: every program but add-inside (whose
     * main returns before any goroutine runs, 5 µs in, so only main is placed, on its go line) must
     * have placed its goroutines somewhere, on dbCall's time.Sleep at least, since every call sleeps.
     */
    @Test
    void everyPlaceIsALineOfTheProgram() {
        List<Mode> placedNowhere = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            Scenario scenario = Scenario.defaults(mode, 3);
            Trace trace = Simulator.run(scenario);
            GoProgram program = GoProgram.of(scenario, dev.golanes.i18n.Texts.forLocale(java.util.Locale.ENGLISH));
            Set<Step> seen = EnumSet.noneOf(Step.class);
            for (long t = 0; t < trace.endMicros(); t += 50_000) {
                for (Step step : Whereabouts.crowds(trace, t).keySet()) {
                    seen.add(step);
                    assertEquals(true, program.lineOf(step) > 0, mode.id() + " has a line for " + step);
                }
            }
            if (seen.equals(EnumSet.of(Step.GO))) {
                placedNowhere.add(mode);
            } else {
                assertTrue(seen.contains(Step.SLEEP), mode.id() + " placed its goroutines only on " + seen);
            }
        }
        assertEquals(List.of(Mode.ADD_INSIDE), placedNowhere, "programs whose goroutines were placed on no line");
    }

    /**
     * In Add inside, main takes a microsecond over each go statement, and the timeline shows it
     * there ("go dbCall(i) ×3" at 2 µs): the code panel marks its go line then, as it marks the line
     * of every goroutine, until main prints the total. In the other programs the simulator takes no
     * time over them, and main goes straight to wg.Wait().
     */
    @Test
    void mainIsOnItsGoLineWhileItStartsTheGoroutines() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        Trace.GoStatements go = trace.goStatements();
        assertEquals(new Trace.GoStatements(0, 4, 5), go, "five go statements, a microsecond each, then the print");
        for (long t = 0; t < 5; t++) {
            assertEquals(new Place(Step.GO, Activity.STARTING), Whereabouts.of(trace, 0, t), "main at " + t + " µs");
            assertEquals(Map.of(Step.GO, new Crowd(1, Activity.STARTING)), Whereabouts.crowds(trace, t), "at " + t + " µs");
        }
        assertNull(Whereabouts.of(trace, 0, 5), "main has printed the total and returned");
        Trace concurrent = Simulator.run(Scenario.defaults(Mode.CONCURRENT, 42));
        assertEquals(new Place(Step.WG_WAIT, Activity.WAITING), Whereabouts.of(concurrent, 0, 0));
        assertNull(Simulator.run(Scenario.defaults(Mode.SEQUENTIAL, 42)).goStatements(), "sequential main starts no goroutine");
    }

    /**
     * Go stops No Done's program in main's wg.Wait() (every goroutine asleep), and Unlock without
     * Lock's at the m.Unlock() of the goroutine that got there first: after every span has ended, the
     * code panel still shows where, with Go's words, rather than no line at all.
     */
    @Test
    void whereGoStoppedTheProgramStaysMarked() {
        Trace deadlock = Simulator.run(Scenario.defaults(Mode.MISSING_DONE, 42));
        long stopped = deadlock.start(deadlock.fatalEvent());
        assertEquals(Map.of(Step.WG_WAIT, new Crowd(1, Activity.FATAL)), Whereabouts.crowds(deadlock, stopped));
        assertEquals(Map.of(Step.WG_WAIT, new Crowd(1, Activity.FATAL)), Whereabouts.crowds(deadlock, Long.MAX_VALUE));
        assertEquals(new Place(Step.WG_WAIT, Activity.WAITING), Whereabouts.of(deadlock, 0, stopped - 1), "waiting until then");
        Trace unlocked = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        int fatal = unlocked.fatalEvent();
        assertEquals(new Place(Step.UNLOCK, Activity.FATAL), Whereabouts.of(unlocked, unlocked.lane(fatal), Long.MAX_VALUE));
        assertEquals(Map.of(Step.UNLOCK, new Crowd(1, Activity.FATAL)), Whereabouts.crowds(unlocked, Long.MAX_VALUE),
                "the others died where they were, on no line");
        assertEquals(Activity.WORKING, Whereabouts.of(unlocked, unlocked.lane(fatal), unlocked.start(fatal) - 1).activity(),
                "before it, at its unguarded work");
    }
}
