package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three broken programs end as Go ends them. */
class PitfallsTest {

    @Test
    void addInsideLetsMainPassWaitAndLieAboutTheTotal() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        assertEquals(List.of("", "Total execution time: 5µs"), trace.console(),
                "main's five go statements take 5 µs; no goroutine has started, so the counter is 0 at wg.Wait()");
        assertEquals(0, trace.exitStatus(), "Go exits normally: nothing tells the user");
        for (int lane = 1; lane <= 5; lane++) {
            assertTrue(trace.wasKilled(lane), "id" + lane + " dies with the program");
        }
        assertEquals(5, trace.endMicros());
        assertEquals(List.of(), TraceChecks.check(trace, 0));
    }

    /**
     * Every goroutine wakes at 100 ms and holds its append for 50 ms; the first to finish writes its
     * id and then unlocks the unlocked mutex, and Go stops the program before the others write: their
     * appends are cut short, so they are neither in {@code results} nor lost to the race.
     */
    @Test
    void doubleUnlockKeepsOnlyTheWriteThatHappenedBeforeGoStopped() {
        Trace trace = Simulator.run(new Scenario(Mode.DOUBLE_UNLOCK, 3, new DelaySpec.Fixed(100), 50, 1));
        int fatal = trace.fatalEvent();
        assertTrue(fatal >= 0);
        int writer = trace.lane(fatal);
        assertEquals(List.of(Scenario.callId(writer)), trace.results());
        assertEquals(0, trace.lostLanes().length);
        int cut = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.APPEND) && trace.lane(i) != writer) {
                assertTrue(trace.isCut(i), "the append of " + Trace.laneName(trace.lane(i)) + " was cut short");
                cut++;
            }
        }
        assertEquals(2, cut);
    }

    @Test
    void addInsideSometimesWorksByLuckWhichIsWhyItIsABug() {
        int lucky = 0;
        for (long seed = 1; seed <= 50; seed++) {
            Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, seed));
            boolean allPrinted = trace.console().stream().filter(line -> line.startsWith("The result")).count() == 5;
            lucky += allPrinted ? 1 : 0;
            assertEquals(List.of(), TraceChecks.check(trace, 0), "seed " + seed);
        }
        assertTrue(lucky > 0 && lucky < 25, "a few seeds start a goroutine before main reaches wg.Wait(): " + lucky);
    }

    @Test
    void aMissingDoneDeadlocksWhenTheLastGoroutineEnds() {
        Scenario scenario = new Scenario(Mode.MISSING_DONE, 3, new DelaySpec.Listed(List.of(300L, 900L, 600L)), 0, 1);
        Trace trace = Simulator.run(scenario);
        assertEquals(2, trace.exitStatus());
        assertEquals("fatal error: all goroutines are asleep - deadlock!", trace.fatalError());
        assertEquals(900_000, trace.endMicros(), "Go notices when the last goroutine is gone");
        assertEquals(List.of("The result from the database is: id1", "The result from the database is: id3",
                "The result from the database is: id2", "fatal error: all goroutines are asleep - deadlock!", "",
                "goroutine 1 [sync.WaitGroup.Wait]:", "main.main()"), trace.console());
        assertTrue(trace.isError(3) && !trace.isError(2), "the fatal error goes to standard error");
        long lastCounter = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.WG_ADD) || trace.is(i, MarkKind.WG_DONE)) {
                lastCounter = trace.arg(i);
            }
            if (trace.is(i, SpanKind.WG_WAIT)) {
                assertEquals(900_000, trace.end(i), "main waited until Go stopped the program");
            }
        }
        assertEquals(3, lastCounter, "the counter never came down");
    }

    @Test
    void unlockingAnUnlockedMutexStopsTheProgramAtTheFirstUnlock() {
        Trace trace = Simulator.run(new Scenario(Mode.DOUBLE_UNLOCK, 3, new DelaySpec.Listed(List.of(500L, 100L, 900L)), 200, 1));
        assertEquals(2, trace.exitStatus());
        assertEquals("fatal error: sync: unlock of unlocked mutex", trace.fatalError());
        assertEquals(300_000, trace.endMicros(), "id2 wakes at 100 ms, appends for 200 ms, then unlocks");
        assertEquals(List.of("The result from the database is: id2", "fatal error: sync: unlock of unlocked mutex", "",
                "goroutine 7 [running]:", "main.dbCall(0x1)"), trace.console());
        assertTrue(trace.wasKilled(1) && trace.wasKilled(3), "the others die with the program");
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP) && trace.lane(i) != 2) {
                assertEquals(300_000, trace.end(i), "their sleeps are cut where the program ended");
            }
        }
    }

    @Test
    void pitfallsAreNotPartOfTheComparison() {
        assertTrue(Comparison.MODES.stream().noneMatch(Mode::isPitfall));
    }
}
