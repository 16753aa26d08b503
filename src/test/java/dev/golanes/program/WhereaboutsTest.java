package dev.golanes.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.golanes.engine.Simulator;
import dev.golanes.program.Whereabouts.Activity;
import dev.golanes.program.Whereabouts.Crowd;
import dev.golanes.program.Whereabouts.Place;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.List;
import java.util.Map;
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

    @Test
    void everyPlaceIsALineOfTheProgram() {
        for (Mode mode : Mode.values()) {
            Scenario scenario = Scenario.defaults(mode, 3);
            Trace trace = Simulator.run(scenario);
            GoProgram program = GoProgram.of(scenario, dev.golanes.i18n.Texts.forLocale(java.util.Locale.ENGLISH));
            for (long t = 0; t < trace.endMicros(); t += 50_000) {
                for (Step step : Whereabouts.crowds(trace, t).keySet()) {
                    assertEquals(true, program.lineOf(step) > 0, mode.id() + " has a line for " + step);
                }
            }
        }
    }
}
