package dev.golanes.engine;

import dev.golanes.engine.Recorder.Open;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The tutorial's three programs, and the race, in plain Java: {@link #main} and {@link #dbCall} as Go writes them,
 * each step recorded as it happens. Threads come from the {@link RealEngine}, delays and the hold
 * time from the scenario's {@link Draws}, as in the simulator.
 */
final class RealProgram {
    private static final int MAIN = 0;

    private final Scenario scenario;
    private final Draws draws;
    private final Recorder recorder;
    private final RealEngine engine;
    private final WaitGroup wg = new WaitGroup();
    /** {@code sync.Mutex} is not fair either: a goroutine that comes along may take it before a waiter. */
    private final ReentrantLock m = new ReentrantLock(false);
    /** How often main, stuck in {@code wg.Wait()}, looks whether any goroutine is left to wake it. */
    private static final long DEADLOCK_POLL_MILLIS = 5;
    /** {@code var results = []string{}}, guarded by {@link #m} in mutex mode. */
    private final List<String> results = new ArrayList<>();
    /**
     * The race's {@code results}: a Go slice as plain fields, its items and its length, read and
     * written by every goroutine without a lock, so overlapping appends really lose ids.
     */
    private final String[] racedItems;
    private int racedLength;

    RealProgram(Scenario scenario, Recorder recorder, RealEngine engine) {
        this.scenario = scenario;
        this.draws = Draws.of(scenario);
        this.recorder = recorder;
        this.engine = engine;
        this.racedItems = new String[scenario.mode().collectsResults() && !scenario.mode().usesMutex() ? scenario.calls() : 0];
    }

    void main() throws InterruptedException {
        recorder.start();
        int calls = scenario.calls();
        if (scenario.mode() == Mode.SEQUENTIAL) {
            for (int i = 1; i <= calls; i++) {
                Open call = recorder.open(MAIN, SpanKind.CALL, i);
                dbCall(i);
                recorder.close(call);
            }
            recorder.exit(null);
            return;
        }
        Mode mode = scenario.mode();
        for (int i = 1; i <= calls; i++) {
            int lane = i;
            recorder.together(() -> {
                if (mode != Mode.ADD_INSIDE) {
                    recorder.markCounter(MAIN, MarkKind.WG_ADD, () -> wg.add(1));
                }
                recorder.mark(MAIN, MarkKind.GO, lane);
            });
            if (!engine.spawn(() -> dbCall(lane), lane)) {
                return;
            }
        }
        // Recorded even when the counter is already 0: main still calls wg.Wait().
        Open wait = recorder.open(MAIN, SpanKind.WG_WAIT, 0);
        if (mode == Mode.MISSING_DONE) {
            if (!waitOrDeadlock()) {
                return;
            }
        } else {
            wg.await();
        }
        recorder.close(wait);
        // wg.Wait() orders every append before this read, as it does in Go.
        List<String> slice = scenario.mode().usesMutex() ? results : java.util.Arrays.asList(racedItems).subList(0, racedLength);
        recorder.exit(scenario.mode().collectsResults() ? goSlice(slice) : null);
        // As in Go, goroutines still running when main returns die with the program.
        engine.killGoroutines();
    }

    /**
     * {@code wg.Wait()} as Go's runtime watches it: when every goroutine has ended and the counter is
     * still above zero, nothing can ever wake main, and Go stops the program with a deadlock.
     * Returns whether the wait ended normally.
     */
    private boolean waitOrDeadlock() throws InterruptedException {
        while (!wg.await(DEADLOCK_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (engine.runningCalls() == 0) {
                recorder.fatal(MAIN, List.of("fatal error: all goroutines are asleep - deadlock!", "",
                        "goroutine 1 [sync.WaitGroup.Wait]:", "main.main()"));
                engine.killGoroutines();
                return false;
            }
        }
        return true;
    }

    void dbCall(int lane) throws InterruptedException {
        Mode mode = scenario.mode();
        if (mode == Mode.ADD_INSIDE) {
            // The pitfall: by now main may have passed wg.Wait() already.
            recorder.markCounter(lane, MarkKind.WG_ADD, () -> wg.add(1));
        }
        long delay = draws.delayMicros(lane);
        Open sleep = recorder.open(lane, SpanKind.SLEEP, delay / 1_000);
        sleepUntil(recorder.nanosAt(sleep.start() + delay));
        String line = "The result from the database is: " + Scenario.callId(lane);
        recorder.together(() -> {
            recorder.close(sleep);
            recorder.print(lane, line, true);
            if (mode == Mode.CONCURRENT || mode == Mode.ADD_INSIDE) {
                recorder.markCounter(lane, MarkKind.WG_DONE, wg::done);
            } else if (mode == Mode.MISSING_DONE) {
                recorder.returned(lane);
            }
        });
        if (mode.usesMutex()) {
            appendUnderLock(lane);
            recorder.markCounter(lane, MarkKind.WG_DONE, wg::done);
        } else if (mode == Mode.RACE) {
            appendWithoutLock(lane, () -> { });
            recorder.markCounter(lane, MarkKind.WG_DONE, wg::done);
        } else if (mode == Mode.DOUBLE_UNLOCK) {
            // The write and the m.Unlock() that stops the program are one step: Go stops it at once, as
            // nobody ever locked m. Java threw first, its exception some 300 µs in the making, and another
            // goroutine's write fell between the two and overwrote this one's id: a loss Go never shows.
            appendWithoutLock(lane, () -> recorder.fatal(lane, List.of("fatal error: sync: unlock of unlocked mutex", "",
                    "goroutine " + (lane + 5) + " [running]:", "main.dbCall(0x" + Integer.toHexString(lane - 1) + ")")));
            engine.killGoroutines();
        }
    }

    /**
     * {@code n := len(results); work; results = append(results[:n], dbData[i])}: the read, the work
     * of the hold time and the write, with no lock held in between, so a goroutine that read the
     * same length overwrites another's id. The read and the write are each recorded with their
     * time in one step, so the trace tells the loss as it really happened. With no work between them
     * they are one step (see {@link Recorder#appendAtOnce}), as the simulator's are. {@code then}, the
     * goroutine's next step, follows the write with no other goroutine's step between them.
     */
    private void appendWithoutLock(int lane, Runnable then) throws InterruptedException {
        if (scenario.holdMs() == 0) {
            recorder.asOneStep(() -> {
                recorder.appendAtOnce(lane, () -> racedLength, length -> {
                    racedItems[length] = Scenario.callId(lane);
                    racedLength = length + 1;
                });
                then.run();
            });
            return;
        }
        Recorder.Read read = recorder.openAppend(lane, () -> racedLength);
        int length = read.length();
        sleepUntil(recorder.nanosAt(read.span().start() + scenario.holdMs() * 1_000));
        recorder.asOneStep(() -> {
            recorder.closeAppend(read.span(), () -> {
                racedItems[length] = Scenario.callId(lane);
                racedLength = length + 1;
            });
            then.run();
        });
    }

    /** {@code m.Lock(); results = append(results, dbData[i]); m.Unlock()}, the append taking the hold time. */
    private void appendUnderLock(int lane) throws InterruptedException {
        Open wait = null;
        // A wait is recorded only when there was one: tryLock first, as m.Lock() takes a free mutex at once.
        if (!m.tryLock()) {
            wait = recorder.open(lane, SpanKind.LOCK_WAIT, 0);
            m.lockInterruptibly();
        }
        try {
            Open held = recorder.acquired(lane, wait);
            Recorder.Read read = recorder.openAppend(lane, results::size);
            sleepUntil(recorder.nanosAt(read.span().start() + scenario.holdMs() * 1_000));
            recorder.closeAppend(read.span(), () -> results.add(read.length(), Scenario.callId(lane)));
            recorder.close(held);
        } finally {
            m.unlock();
        }
    }

    /**
     * {@code time.Sleep}: really sleeps, until the trace's clock reaches the deadline, so the
     * recorded sleep is never shorter than its delay (Java 17 sleeps in whole milliseconds).
     */
    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        long remaining;
        while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
            Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /** {@code fmt.Println(results)} of a {@code []string}: {@code [id1 id5 id2]}. */
    private static String goSlice(List<String> ids) {
        StringJoiner joiner = new StringJoiner(" ", "[", "]");
        ids.forEach(joiner::add);
        return joiner.toString();
    }
}
