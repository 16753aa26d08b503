package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stopping a real run: every thread it started is gone within 200 ms, the process is back to the
 * threads it had before, and the trace so far stays. Polled against a deadline, never slept.
 */
class RealEngineCancelTest {
    private static final long GONE_WITHIN_MILLIS = 200;
    private static final int CALLS = 200;

    /** A first run starts what the JDK keeps for later (virtual threads' carriers and timers). */
    @BeforeAll
    static void warmUp() throws InterruptedException {
        RealEngine.run(new Scenario(Mode.MUTEX, 50, new DelaySpec.Fixed(1), 0, 1), LineSink.NONE);
    }

    /** Not add-inside: main may return at once there, ending the run before it can be stopped. */
    @ParameterizedTest
    @EnumSource(value = Mode.class, mode = EnumSource.Mode.EXCLUDE, names = "ADD_INSIDE")
    void stoppingEndsEveryThreadWithin200msAndKeepsTheTraceSoFar(Mode mode) throws InterruptedException {
        int baseline = platformThreads();
        // Long sleeps and holds: stopped, not finished. Mutex: all wake at 50 ms and queue for the lock.
        DelaySpec delays = mode == Mode.MUTEX ? new DelaySpec.Fixed(50) : new DelaySpec.Fixed(60_000);
        RealEngine engine = RealEngine.start(new Scenario(mode, CALLS, delays, 60_000, 1), LineSink.NONE);
        Predicate<Trace> busy = switch (mode) {
            case SEQUENTIAL -> trace -> trace.size() >= 2;
            case MUTEX -> trace -> trace.console().size() == CALLS;
            default -> trace -> engine.runningThreads() == CALLS + 1;
        };
        Trace before = RealEngineTest.awaitSnapshot(engine, busy);

        long stopped = System.nanoTime();
        engine.cancel();
        List<Thread> started = engine.startedThreads();
        assertTrue(within(stopped, () -> started.stream().noneMatch(Thread::isAlive)),
                "threads still alive 200 ms after cancel: " + started.stream().filter(Thread::isAlive).count());
        assertTrue(within(stopped, () -> platformThreads() <= baseline),
                "the process has " + platformThreads() + " threads, it had " + baseline);
        assertTrue(engine.hasEnded());
        assertEquals(0, engine.runningThreads());

        Trace kept = engine.snapshot();
        assertFalse(kept.isComplete());
        assertTrue(kept.size() >= before.size(), "the trace so far stays");
        assertTrue(kept.endMicros() >= before.endMicros());
        assertSame(kept, engine.snapshot(), "a stopped run's trace no longer changes");
        assertFalse(engine.isComplete());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void stoppingWhileMainStartsTheCallsLeavesNoThreadBehind(Mode mode) throws InterruptedException {
        RealEngine engine = RealEngine.start(new Scenario(mode, 5_000, new DelaySpec.Fixed(60_000), 0, 2), LineSink.NONE);
        RealEngineTest.awaitSnapshot(engine, trace -> trace.size() >= 2);
        engine.cancel();
        assertTrue(engine.awaitEnd(10, TimeUnit.SECONDS));
        assertTrue(engine.hasEnded());
        assertTrue(engine.startedThreads().stream().noneMatch(Thread::isAlive));
        assertEquals(0, engine.runningThreads());
    }

    /** The process's live platform threads (virtual threads are not listed, their carriers are). */
    private static int platformThreads() {
        return Thread.getAllStackTraces().size();
    }

    /** Polls {@code condition} until 200 ms after {@code startNanos}; whether it held by then. */
    private static boolean within(long startNanos, BooleanSupplier condition) throws InterruptedException {
        long deadline = startNanos + TimeUnit.MILLISECONDS.toNanos(GONE_WITHIN_MILLIS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return condition.getAsBoolean();
            }
            Thread.sleep(1);
        }
        return true;
    }
}
