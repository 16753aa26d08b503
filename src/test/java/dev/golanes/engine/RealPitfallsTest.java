package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The three broken programs on real threads end as Go ends them, whatever the scheduler does: a
 * deadlock or an unlock of an unlocked mutex stops the program once, with Go's error and status
 * 2; {@code wg.Add} inside the goroutine ends normally. Every call sleeps a fixed 20 ms, so a run
 * takes a moment; each test runs a few times to meet more than one interleaving.
 */
class RealPitfallsTest {
    private static final DelaySpec SHORT = new DelaySpec.Fixed(20);
    private static final List<String> EVERY_CALL_PRINTED = List.of("The result from the database is: id1",
            "The result from the database is: id2", "The result from the database is: id3",
            "The result from the database is: id4", "The result from the database is: id5");

    @RepeatedTest(5)
    void aMissingDoneDeadlocksOnceEveryGoroutineHasEnded() throws InterruptedException {
        Trace trace = RealEngine.run(new Scenario(Mode.MISSING_DONE, 5, SHORT, 0, 1), LineSink.NONE);
        assertTrue(trace.isComplete());
        assertEquals(2, trace.exitStatus());
        assertEquals("fatal error: all goroutines are asleep - deadlock!", trace.fatalError());
        List<String> console = trace.console();
        assertEquals(EVERY_CALL_PRINTED, console.subList(0, 5).stream().sorted().toList(), "every goroutine printed first");
        assertEquals(List.of("fatal error: all goroutines are asleep - deadlock!", "", "goroutine 1 [sync.WaitGroup.Wait]:",
                "main.main()"), console.subList(5, console.size()), "no total: main never got past wg.Wait()");
        assertTrue(trace.isError(5) && !trace.isError(4), "the fatal error goes to standard error");
        int fatal = onlyFatal(trace);
        assertEquals(0, trace.lane(fatal), "Go names main, stuck in wg.Wait()");
        assertTrue(trace.start(fatal) >= lastPrintMicros(trace), "Go notices only when the last goroutine is gone");
    }

    @RepeatedTest(5)
    void anUnlockWithoutLockStopsTheProgramOnceAtTheFirstUnlock() throws InterruptedException {
        Trace trace = RealEngine.run(new Scenario(Mode.DOUBLE_UNLOCK, 5, SHORT, 5, 1), LineSink.NONE);
        assertTrue(trace.isComplete());
        assertEquals(2, trace.exitStatus());
        assertEquals("fatal error: sync: unlock of unlocked mutex", trace.fatalError());
        int fatal = onlyFatal(trace);
        int lane = trace.lane(fatal);
        List<String> console = trace.console();
        assertEquals(List.of("fatal error: sync: unlock of unlocked mutex", "", "goroutine " + (lane + 5) + " [running]:",
                "main.dbCall(0x" + Integer.toHexString(lane - 1) + ")"), console.subList(console.size() - 4, console.size()),
                "the goroutine that unlocked, as Go numbers it");
        assertTrue(console.contains("The result from the database is: id" + lane), "it printed before it unlocked");
        assertTrue(console.stream().noneMatch(line -> line.startsWith("Total execution time")), "main never prints the total");
        // It died in m.Unlock(), before wg.Done(): killed with the program, as in the simulator, not finished.
        assertTrue(trace.wasKilled(lane), "the goroutine that stopped the program");
        assertFalse(trace.isFinished(lane), "the goroutine that stopped the program");
    }

    /**
     * No Lock stops at the first m.Unlock(), right after that goroutine's write, as Go does: no other
     * goroutine's write falls between them. Java threw first, and in the 300 µs its exception took,
     * another write overwrote the first one's id, a loss Go never shows (about 24 runs in 40).
     */
    @RepeatedTest(10)
    void anUnlockWithoutLockLosesNoId() throws InterruptedException {
        Trace trace = RealEngine.run(new Scenario(Mode.DOUBLE_UNLOCK, 5, new DelaySpec.Fixed(20), 5, 1), LineSink.NONE);
        assertEquals(2, trace.exitStatus());
        assertEquals(0, trace.lostLanes().length, "ids lost: " + java.util.Arrays.toString(trace.lostLanes()));
    }

    /**
     * Every goroutine still between two steps when the program stops (printed, not yet appended; or
     * appended, not yet unlocked) dies with it, as in the simulator: none reached wg.Done(), so none
     * is finished. Only those with a span open used to be counted as killed.
     */
    @RepeatedTest(3)
    void everyGoroutineThatNeverReturnedIsKilledWithTheProgram() throws InterruptedException {
        Trace trace = RealEngine.run(new Scenario(Mode.DOUBLE_UNLOCK, 50, new DelaySpec.Fixed(100), 0, 1), LineSink.NONE);
        assertEquals(2, trace.exitStatus());
        for (int lane = 1; lane <= 50; lane++) {
            assertTrue(trace.wasKilled(lane) && !trace.isFinished(lane), "id" + lane + " never reached wg.Done()");
        }
        // No Done: each goroutine returns after it prints, and the deadlock kills no one.
        Trace noDone = RealEngine.run(new Scenario(Mode.MISSING_DONE, 5, SHORT, 0, 1), LineSink.NONE);
        for (int lane = 1; lane <= 5; lane++) {
            assertTrue(noDone.isFinished(lane), "id" + lane + " returned before the deadlock");
        }
    }

    @RepeatedTest(5)
    void addInsideEndsNormallyWithATotal() throws InterruptedException {
        Trace trace = RealEngine.run(new Scenario(Mode.ADD_INSIDE, 5, SHORT, 0, 1), LineSink.NONE);
        assertTrue(trace.isComplete());
        assertEquals(0, trace.exitStatus(), "nothing tells the user: that is the bug");
        assertEquals("", trace.fatalError());
        List<String> console = trace.console();
        assertEquals("", console.get(console.size() - 2));
        assertTrue(console.get(console.size() - 1).startsWith("Total execution time: "), console.toString());
    }

    /** The one fatal mark: a second goroutine that fails at the same moment does not stop the program twice. */
    private static int onlyFatal(Trace trace) {
        List<Integer> fatals = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.FATAL)) {
                fatals.add(i);
            }
        }
        assertEquals(1, fatals.size(), "fatal marks at " + fatals);
        return fatals.get(0);
    }

    private static long lastPrintMicros(Trace trace) {
        long last = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.PRINT) && (trace.arg(i) & MarkKind.STDERR) == 0) {
                last = Math.max(last, trace.start(i));
            }
        }
        return last;
    }
}
