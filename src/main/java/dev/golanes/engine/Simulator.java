package dev.golanes.engine;

import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
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
 *
 * <p>A goroutine is known by its rank: 0 is {@code main}, and goroutines ready at the same instant
 * run lowest rank first. Its state is one entry in each of a few arrays indexed by rank rather than
 * an object: a million goroutines all live until the end of the run, and a million small objects
 * cost the garbage collector far more than a few arrays. Indexing by rank rather than by lane means
 * that when many goroutines run at one instant, which is when there are many, these arrays are
 * read in order instead of all over memory. When goroutines start one at a time, in lane order (the
 * add-inside pitfall starts them microseconds apart), their ranks jump all over the arrays instead;
 * so what every step reads, the lane, the delay and the place in the code, is packed in one
 * {@code long} per goroutine ({@link #code}), one cache miss where three arrays cost three. When
 * only a few goroutines are due at an instant, {@link #runFew} orders them itself.
 * {@link #laneOf} gives the lane a goroutine is drawn on.
 */
public final class Simulator {
    /** {@code main}: lane 0, and rank 0, so it runs before the goroutines ready with it (theirs are 1..N). */
    private static final int MAIN = 0;
    /** No goroutine: the lock is free, nobody waits for the WaitGroup. */
    private static final int NOBODY = -1;
    /** A span handle not taken yet. */
    private static final int NO_SLOT = -1;
    /** What a {@code go} statement costs {@code main} in the add-inside pitfall, in microseconds. */
    private static final long GO_COST = 1;
    /** Go's exit status for a fatal error. */
    private static final int FATAL_STATUS = 2;

    private final Scenario scenario;
    private final Draws draws;
    /** The program's steps as arrays, read at every step. */
    private final Op[] mainSteps;
    private final Op[] dbCallSteps;
    private final int calls;
    private final TraceBuilder trace;

    /** Who can run now and who sleeps until when. */
    private final ReadyQueue runnable;
    private final SleepQueue sleeping;
    /** How many goroutines due at one instant {@link #runFew} orders itself; more go through the ready queue. */
    private static final int FEW = 8;
    private final int[] few = new int[FEW];
    private long now;
    private boolean exited;

    /**
     * Each goroutine's lane (bits 0-19), delay in microseconds (bits 20-49) and the index of its
     * next step (bits 50 up). The static check below keeps the scenario limits inside the fields.
     */
    private final long[] code;
    private static final int LANE_BITS = 20;
    private static final long LANE_MASK = (1L << LANE_BITS) - 1;
    private static final int DELAY_SHIFT = LANE_BITS;
    private static final int DELAY_BITS = 30;
    private static final long DELAY_MASK = (1L << DELAY_BITS) - 1;
    private static final int PC_SHIFT = DELAY_SHIFT + DELAY_BITS;
    private static final long PC_ONE = 1L << PC_SHIFT;
    private static final long BELOW_PC = PC_ONE - 1;

    static {
        if (Limits.MAX_CALLS > LANE_MASK || Limits.MAX_DELAY_MS * 1_000 > DELAY_MASK) {
            throw new IllegalStateException("the scenario limits outgrow the simulator's packed goroutine state");
        }
    }

    // The trace spans a goroutine has open (NO_SLOT until it opens one), and what its append read.
    private final int[] waitSlot;
    private final int[] heldSlot;
    private final int[] appendSlot;
    private final int[] readLength;
    /** The goroutines of lanes 1..started have been started ({@code go} runs in call order). */
    private int started;

    // main's for loop, and the dbCall it is running itself (sequential mode).
    private int loopIndex;
    private int loopStart;
    private boolean inCall;
    private int returnPc;
    private int callSlot = NO_SLOT;

    private int lockHolder = NOBODY;
    /** Goroutines waiting for the lock, first in line at {@link #lockQueueHead}; each waits at most once. */
    private final int[] lockQueue;
    private int lockQueueHead;
    private int lockQueueTail;
    private int wgCounter;
    private int wgWaiter = NOBODY;
    private final int[] results;
    private int resultsLength;

    private Simulator(Scenario scenario) {
        int goroutines = scenario.calls() + 1;
        this.scenario = scenario;
        this.draws = Draws.of(scenario);
        Program program = Program.of(scenario.mode());
        this.mainSteps = program.main().toArray(new Op[0]);
        this.dbCallSteps = program.dbCall().toArray(new Op[0]);
        this.calls = scenario.calls();
        this.trace = new TraceBuilder(scenario, Trace.SIMULATED, program.expectedEvents(scenario.calls()));
        this.runnable = new ReadyQueue(goroutines);
        this.sleeping = new SleepQueue();
        this.code = new long[goroutines];
        for (int lane = 1; lane < goroutines; lane++) {
            code[draws.rank(lane)] = lane | (draws.delayMicros(lane) << DELAY_SHIFT);
        }
        this.waitSlot = slots(goroutines);
        this.heldSlot = slots(goroutines);
        this.appendSlot = slots(goroutines);
        this.readLength = new int[goroutines];
        this.lockQueue = new int[goroutines];
        this.results = new int[scenario.calls()];
    }

    /** The trace of one run of the scenario; the same scenario always gives the same trace. */
    public static Trace run(Scenario scenario) {
        return new Simulator(scenario).simulate();
    }

    private Trace simulate() {
        runnable.add(MAIN);
        while (!exited) {
            while (!runnable.isEmpty() && !exited) {
                execute(runnable.poll());
            }
            if (exited) {
                break;
            }
            if (sleeping.isEmpty()) {
                // Go's runtime notices that no goroutine can ever run again. main's wait is named as
                // Go 1.24 and later name it (before, "[semacquire]").
                fatal(MAIN, List.of("fatal error: all goroutines are asleep - deadlock!", "",
                        "goroutine 1 [sync.WaitGroup.Wait]:", "main.main()"));
                break;
            }
            now = sleeping.advance();
            int due = 0;
            while (sleeping.hasDue() && due < FEW) {
                few[due++] = sleeping.pollDue();
            }
            if (sleeping.hasDue()) {
                queueFew(0, due);
                while (sleeping.hasDue()) {
                    runnable.add(sleeping.pollDue());
                }
            } else {
                runFew(due);
            }
        }
        return trace.buildFinal(now, true);
    }

    /**
     * Runs the few goroutines due at this instant, lowest rank first, without the ready queue:
     * when goroutines start microseconds apart, one or two are due at each instant. If one of them
     * makes another ready (a {@code wg.Done()} wakes {@code main}, an unlock hands over the lock),
     * the rest join it in the ready queue, which keeps the order by rank.
     */
    private void runFew(int due) {
        for (int i = 1; i < due; i++) {
            int g = few[i];
            int j = i - 1;
            while (j >= 0 && few[j] > g) {
                few[j + 1] = few[j];
                j--;
            }
            few[j + 1] = g;
        }
        for (int i = 0; i < due && !exited; i++) {
            if (!runnable.isEmpty()) {
                queueFew(i, due);
                return;
            }
            execute(few[i]);
        }
    }

    /** Hands {@code few[from..due)} to the ready queue. */
    private void queueFew(int from, int due) {
        for (int i = from; i < due; i++) {
            runnable.add(few[i]);
        }
    }

    /** Runs goroutine {@code g} from where it stopped until it blocks or returns. */
    private void execute(int g) {
        while (true) {
            Op op = stepsOf(g)[pcOf(g)];
            code[g] += PC_ONE;
            switch (op) {
                case LOOP:
                    loopIndex = 1;
                    loopStart = pcOf(g);
                    break;
                case END_LOOP:
                    if (++loopIndex <= calls) {
                        jump(g, loopStart);
                    }
                    break;
                case WG_ADD:
                    wgCounter++;
                    trace.mark(laneOf(g), MarkKind.WG_ADD, now, wgCounter);
                    break;
                case GO:
                    trace.mark(laneOf(g), MarkKind.GO, now, loopIndex);
                    runnable.add(start(loopIndex));
                    break;
                case GO_LATE:
                    trace.mark(laneOf(g), MarkKind.GO, now, loopIndex);
                    sleeping.add(now + draws.startupMicros(loopIndex), start(loopIndex));
                    sleeping.add(now + GO_COST, g);
                    return;
                case CALL:
                    callSlot = trace.begin(MAIN, SpanKind.CALL, now, loopIndex);
                    returnPc = pcOf(g);
                    jump(g, 0);
                    inCall = true;
                    break;
                case WG_WAIT:
                    if (wgCounter > 0) {
                        waitSlot[g] = trace.begin(laneOf(g), SpanKind.WG_WAIT, now, 0);
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
                    long delay = delayOf(g);
                    // Ended at once with its planned length: end() cuts it if the program ends first.
                    trace.end(trace.begin(laneOf(g), SpanKind.SLEEP, now, delay / 1_000), now + delay);
                    sleeping.add(now + delay, g);
                    return;
                case PRINT_RESULT:
                    trace.printWithId(laneOf(g), now, "The result from the database is: ", true);
                    break;
                case LOCK:
                    if (lockHolder == NOBODY) {
                        acquire(g);
                    } else {
                        waitSlot[g] = trace.begin(laneOf(g), SpanKind.LOCK_WAIT, now, 0);
                        lockQueue[lockQueueTail++] = g;
                        return;
                    }
                    break;
                case APPEND_READ:
                    appendSlot[g] = trace.begin(laneOf(g), SpanKind.APPEND, now, resultsLength);
                    readLength[g] = resultsLength;
                    break;
                case HOLD:
                    // No hold is no work at all: the append reads and writes in the same step.
                    if (scenario.holdMs() > 0) {
                        sleeping.add(now + scenario.holdMs() * 1_000, g);
                        return;
                    }
                    break;
                case APPEND_WRITE:
                    results[readLength[g]] = laneOf(g);
                    resultsLength = readLength[g] + 1;
                    trace.end(appendSlot[g], now);
                    break;
                case UNLOCK:
                    if (lockHolder == NOBODY) {
                        // Go numbers main 1 and its own goroutines next; the program's start at about 6.
                        fatal(laneOf(g), List.of("fatal error: sync: unlock of unlocked mutex", "",
                                "goroutine " + (laneOf(g) + 5) + " [running]:",
                                "main.dbCall(0x" + Integer.toHexString(laneOf(g) - 1) + ")"));
                        return;
                    }
                    release(g);
                    break;
                case WG_DONE:
                    wgCounter--;
                    trace.mark(laneOf(g), MarkKind.WG_DONE, now, wgCounter);
                    if (wgCounter == 0 && wgWaiter != NOBODY) {
                        trace.end(waitSlot[wgWaiter], now);
                        runnable.add(wgWaiter);
                        wgWaiter = NOBODY;
                    }
                    break;
                case RETURN:
                    if (g != MAIN || !inCall) {
                        return;
                    }
                    trace.end(callSlot, now);
                    jump(g, returnPc);
                    inCall = false;
                    break;
                default:
                    throw new IllegalStateException("unknown step " + op);
            }
        }
    }

    /** The steps goroutine {@code g} is running: {@code main}'s, or {@code dbCall}'s. */
    private Op[] stepsOf(int g) {
        return g == MAIN && !inCall ? mainSteps : dbCallSteps;
    }

    /** The lane goroutine {@code g}'s steps are drawn on: its own, or that of the call {@code main} is running. */
    private int laneOf(int g) {
        return g == MAIN && inCall ? loopIndex : (int) (code[g] & LANE_MASK);
    }

    /** The index of goroutine {@code g}'s next step. */
    private int pcOf(int g) {
        return (int) (code[g] >>> PC_SHIFT);
    }

    /** Goroutine {@code g} goes on at step {@code pc}. */
    private void jump(int g, int pc) {
        code[g] = code[g] & BELOW_PC | (long) pc << PC_SHIFT;
    }

    /** Whether goroutine {@code g} has run the last step of {@code dbCall}, its return. */
    private boolean hasReturned(int g) {
        return pcOf(g) == dbCallSteps.length;
    }

    /** How long goroutine {@code g} sleeps: {@code main} sleeps for the call it is running. */
    private long delayOf(int g) {
        return g == MAIN ? draws.delayMicros(loopIndex) : (code[g] >>> DELAY_SHIFT) & DELAY_MASK;
    }

    /** {@code go dbCall(idN)}: the goroutine of lane N exists from now on; returns it. */
    private int start(int lane) {
        started = lane;
        return draws.rank(lane);
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
        // Only goroutines still running have spans that go on past now: main's wait, sleeps, lock
        // waits and holds, appends.
        trace.cutAll(now);
        // Read in rank order, through memory; marked in lane order.
        BitSet killed = new BitSet(started + 1);
        for (int g = 1; g <= calls; g++) {
            if (laneOf(g) <= started && !hasReturned(g)) {
                killed.set(laneOf(g));
            }
        }
        for (int lane = killed.nextSetBit(0); lane >= 0; lane = killed.nextSetBit(lane + 1)) {
            trace.mark(lane, MarkKind.KILLED, now, 0);
        }
        trace.mark(MAIN, MarkKind.EXIT, now, status);
        exited = true;
    }

    private void acquire(int g) {
        lockHolder = g;
        heldSlot[g] = trace.begin(laneOf(g), SpanKind.LOCK_HELD, now, 0);
    }

    private void release(int g) {
        trace.end(heldSlot[g], now);
        lockHolder = NOBODY;
        if (lockQueueHead < lockQueueTail) {
            int next = lockQueue[lockQueueHead++];
            if (trace.startOf(waitSlot[next]) == now) {
                trace.drop(waitSlot[next]);
            } else {
                trace.end(waitSlot[next], now);
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

    private static int[] slots(int goroutines) {
        int[] slots = new int[goroutines];
        Arrays.fill(slots, NO_SLOT);
        return slots;
    }
}
