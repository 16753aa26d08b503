package dev.golanes.engine;

import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.StringJoiner;

/**
 * Runs a scenario's Go program as a discrete-event simulation on a virtual clock in microseconds.
 *
 * <p>Goroutines run one at a time until they block (sleep, hold, wait for the lock or the
 * WaitGroup) or return; everything but sleeping and holding takes no time. When nobody can run, the
 * clock jumps to the next wake-up. Goroutines ready at the same instant run in the seeded order of
 * {@link Draws#rank}. The mutex hands itself to the longest waiter the moment it is unlocked.
 *
 * <p>The program ends when {@code main} returns (goroutines still running die with it, as in Go),
 * or when Go would stop it: a deadlock (every goroutine blocked, none asleep), or {@code m.Unlock()}
 * of an unlocked mutex. Then, as Go does, it writes a fatal error to standard error and exits with 2.
 */
public final class Simulator {
    private static final int MAIN = 0;
    /** What a {@code go} statement costs {@code main} in the add-inside pitfall, in microseconds. */
    private static final long GO_COST = 1;
    /** Go's exit status for a fatal error. */
    private static final int FATAL_STATUS = 2;

    private final Scenario scenario;
    private final Draws draws;
    private final Program program;
    private final TraceBuilder trace;

    private final PriorityQueue<Goroutine> runnable =
            new PriorityQueue<>(Comparator.comparingInt((Goroutine g) -> g.rank));
    private final PriorityQueue<Goroutine> sleeping =
            new PriorityQueue<>(Comparator.comparingLong((Goroutine g) -> g.wakeAt).thenComparingInt(g -> g.rank));
    private long now;
    private boolean exited;

    private Goroutine lockHolder;
    private final ArrayDeque<Goroutine> lockWaiters = new ArrayDeque<>();
    private int wgCounter;
    private Goroutine wgWaiter;
    private final int[] results;
    private int resultsLength;
    /** Every goroutine started, so the ones still running when the program ends can be killed. */
    private final List<Goroutine> goroutines = new ArrayList<>();

    private Simulator(Scenario scenario) {
        this.scenario = scenario;
        this.draws = Draws.of(scenario);
        this.program = Program.of(scenario.mode());
        this.trace = new TraceBuilder(scenario, Trace.SIMULATED);
        this.results = new int[scenario.calls()];
    }

    /** The trace of one run of the scenario; the same scenario always gives the same trace. */
    public static Trace run(Scenario scenario) {
        return new Simulator(scenario).simulate();
    }

    private Trace simulate() {
        Goroutine main = new Goroutine(MAIN, program.main(), -1);
        goroutines.add(main);
        runnable.add(main);
        while (!exited) {
            while (!runnable.isEmpty() && !exited) {
                execute(runnable.poll());
            }
            if (exited) {
                break;
            }
            if (sleeping.isEmpty()) {
                // Go's runtime notices that no goroutine can ever run again.
                fatal(MAIN, List.of("fatal error: all goroutines are asleep - deadlock!", "",
                        "goroutine 1 [semacquire]:", "main.main()"));
                break;
            }
            now = sleeping.peek().wakeAt;
            while (!sleeping.isEmpty() && sleeping.peek().wakeAt == now) {
                runnable.add(sleeping.poll());
            }
        }
        return trace.build(now, true);
    }

    /** Runs one goroutine from where it stopped until it blocks or returns. */
    private void execute(Goroutine g) {
        while (true) {
            Op op = g.code.get(g.pc++);
            switch (op) {
                case LOOP:
                    g.loopIndex = 1;
                    g.loopStart = g.pc;
                    break;
                case END_LOOP:
                    if (++g.loopIndex <= scenario.calls()) {
                        g.pc = g.loopStart;
                    }
                    break;
                case WG_ADD:
                    wgCounter++;
                    trace.mark(g.lane, MarkKind.WG_ADD, now, wgCounter);
                    break;
                case GO:
                    int child = g.loopIndex;
                    trace.mark(g.lane, MarkKind.GO, now, child);
                    runnable.add(spawn(child));
                    break;
                case GO_LATE:
                    int late = g.loopIndex;
                    trace.mark(g.lane, MarkKind.GO, now, late);
                    sleepUntil(spawn(late), now + draws.startupMicros(late));
                    sleepUntil(g, now + GO_COST);
                    return;
                case CALL:
                    g.callSlot = trace.begin(MAIN, SpanKind.CALL, now, g.loopIndex);
                    g.enter(program.dbCall(), g.loopIndex);
                    break;
                case WG_WAIT:
                    if (wgCounter > 0) {
                        g.openSlot = trace.begin(g.lane, SpanKind.WG_WAIT, now, 0);
                        wgWaiter = g;
                        return;
                    }
                    break;
                case PRINT_TOTAL:
                    // fmt.Printf("\nTotal execution time: %v", ...) leaves its line open.
                    trace.print(MAIN, now, "", true);
                    trace.print(MAIN, now, "Total execution time: " + GoDuration.ofMicros(now), false);
                    break;
                case PRINT_RESULTS:
                    trace.print(MAIN, now, goSliceOfIds(), true);
                    break;
                case EXIT:
                    end(0);
                    return;
                case SLEEP:
                    long delay = draws.delayMicros(g.lane);
                    g.sleepSlot = trace.begin(g.lane, SpanKind.SLEEP, now, delay / 1_000);
                    trace.end(g.sleepSlot, now + delay);
                    sleepUntil(g, now + delay);
                    return;
                case PRINT_RESULT:
                    trace.print(g.lane, now, "The result from the database is: " + Scenario.callId(g.lane), true);
                    break;
                case LOCK:
                    if (lockHolder == null) {
                        acquire(g);
                    } else {
                        g.openSlot = trace.begin(g.lane, SpanKind.LOCK_WAIT, now, 0);
                        g.waitStart = now;
                        lockWaiters.add(g);
                        return;
                    }
                    break;
                case APPEND_READ:
                    g.appendSlot = trace.begin(g.lane, SpanKind.APPEND, now, resultsLength);
                    g.readLength = resultsLength;
                    break;
                case HOLD:
                    // No hold is no work at all: the append reads and writes in the same step.
                    if (scenario.holdMs() > 0) {
                        sleepUntil(g, now + scenario.holdMs() * 1_000);
                        return;
                    }
                    break;
                case APPEND_WRITE:
                    results[g.readLength] = g.lane;
                    resultsLength = g.readLength + 1;
                    trace.end(g.appendSlot, now);
                    break;
                case UNLOCK:
                    if (lockHolder == null) {
                        // Go numbers main 1 and its own goroutines next; the program's start at about 6.
                        fatal(g.lane, List.of("fatal error: sync: unlock of unlocked mutex", "",
                                "goroutine " + (g.lane + 5) + " [running]:",
                                "main.dbCall(0x" + Integer.toHexString(g.lane - 1) + ")"));
                        return;
                    }
                    release(g);
                    break;
                case WG_DONE:
                    wgCounter--;
                    trace.mark(g.lane, MarkKind.WG_DONE, now, wgCounter);
                    if (wgCounter == 0 && wgWaiter != null) {
                        trace.end(wgWaiter.openSlot, now);
                        runnable.add(wgWaiter);
                        wgWaiter = null;
                    }
                    break;
                case RETURN:
                    if (g.returnTo == null) {
                        g.finished = true;
                        return;
                    }
                    trace.end(g.callSlot, now);
                    g.leave();
                    break;
                default:
                    throw new IllegalStateException("unknown step " + op);
            }
        }
    }

    private Goroutine spawn(int lane) {
        Goroutine child = new Goroutine(lane, program.dbCall(), draws.rank(lane));
        goroutines.add(child);
        return child;
    }

    /**
     * Go stops the program: the error goes to standard error, from the goroutine that hit it, and
     * the program ends with status 2.
     */
    private void fatal(int lane, List<String> lines) {
        trace.mark(lane, MarkKind.FATAL, now, FATAL_STATUS, lines.get(0));
        for (String line : lines) {
            trace.printError(lane, now, line);
        }
        end(FATAL_STATUS);
    }

    /**
     * The program ends now, with this exit status: every goroutine still running dies with it, its
     * spans cut where it was, as Go kills them without a word.
     */
    private void end(int status) {
        Goroutine main = goroutines.get(0);
        for (Goroutine g : goroutines) {
            if (g != main && !g.finished) {
                for (int slot : new int[] {g.sleepSlot, g.openSlot, g.heldSlot, g.appendSlot}) {
                    if (slot >= 0) {
                        trace.cut(slot, now);
                    }
                }
                trace.mark(g.lane, MarkKind.KILLED, now, 0);
            } else if (g == main && g.openSlot >= 0) {
                trace.cut(g.openSlot, now);
            }
        }
        trace.mark(MAIN, MarkKind.EXIT, now, status);
        exited = true;
    }

    private void sleepUntil(Goroutine g, long time) {
        g.wakeAt = time;
        sleeping.add(g);
    }

    private void acquire(Goroutine g) {
        lockHolder = g;
        g.heldSlot = trace.begin(g.lane, SpanKind.LOCK_HELD, now, 0);
    }

    private void release(Goroutine g) {
        trace.end(g.heldSlot, now);
        lockHolder = null;
        Goroutine next = lockWaiters.poll();
        if (next != null) {
            if (next.waitStart == now) {
                trace.drop(next.openSlot);
            } else {
                trace.end(next.openSlot, now);
            }
            acquire(next);
            runnable.add(next);
        }
    }

    /** {@code fmt.Println(results)} of a {@code []string}: {@code [id1 id5 id2]}. */
    private String goSliceOfIds() {
        StringJoiner joiner = new StringJoiner(" ", "[", "]");
        for (int i = 0; i < resultsLength; i++) {
            joiner.add(Scenario.callId(results[i]));
        }
        return joiner.toString();
    }

    /** One goroutine: where it is in its code, and the trace spans it has open. */
    private static final class Goroutine {
        final int rank;
        List<Op> code;
        int pc;
        /** The lane its steps are drawn on: its own, or the call {@code main} is running. */
        int lane;
        long wakeAt;
        long waitStart;
        /** Trace handles of the spans it may have going; -1 until it opens one. */
        int sleepSlot = -1;
        int openSlot = -1;
        int heldSlot = -1;
        int appendSlot = -1;
        int callSlot = -1;
        boolean finished;
        int readLength;
        int loopIndex;
        int loopStart;
        /** Where {@code main} resumes after a direct call, or null when not inside one. */
        List<Op> returnTo;
        int returnPc;

        Goroutine(int lane, List<Op> code, int rank) {
            this.lane = lane;
            this.code = code;
            this.rank = rank;
        }

        void enter(List<Op> callee, int calleeLane) {
            returnTo = code;
            returnPc = pc;
            code = callee;
            pc = 0;
            lane = calleeLane;
        }

        void leave() {
            code = returnTo;
            pc = returnPc;
            returnTo = null;
            lane = MAIN;
        }
    }
}
