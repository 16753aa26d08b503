package dev.golanes.engine;

import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a scenario's Go program on real threads: {@code main} on a thread of its own, each
 * {@code dbCall} on its own thread ({@link ThreadKind#best()}: virtual where the JDK has them), with
 * real sleeps, a real {@link WaitGroup} and a real lock, in real time. It records the same trace as
 * the {@link Simulator}, with the same delays, so the two can be put side by side: the difference
 * is the scheduler's.
 *
 * <p>{@link #start} returns at once; the run goes on in the background. {@link #snapshot} shows it
 * so far at any time, {@link #cancel} stops it without waiting, and every thread it started is gone
 * soon after. No method blocks except the {@code await} ones.
 */
public final class RealEngine {
    /** The engine name in traces ({@code otherData.engine}). */
    public static final String NAME = "real";
    /** The name of the thread that writes the printed lines, which outlives the program's own. */
    private static final String CONSOLE_THREAD = "golanes-stdout";

    /**
     * The tolerance {@link dev.golanes.trace.TraceChecks} gives a real trace: how late a thread may
     * run after it could have (woken, got the lock) on a busy machine. Generous, because a check
     * that fails on a loaded laptop teaches nothing.
     */
    public static final long SCHEDULER_SLACK_MICROS = 250_000;

    /** One operating-system thread per call costs memory and start-up time; beyond this, use Java 21+. */
    public static final int MAX_PLATFORM_CALLS = 10_000;

    private final Scenario scenario;
    private final ThreadKind kind;
    private final Recorder recorder;
    private final ConsoleWriter console;
    private final RealProgram program;

    private final ReentrantLock registry = new ReentrantLock();
    private final List<Thread> threads;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger runningCalls = new AtomicInteger();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private volatile boolean allGone;

    private RealEngine(Scenario scenario, LineSink sink, ThreadKind kind) {
        this.scenario = scenario;
        this.kind = kind;
        this.threads = new ArrayList<>(scenario.mode() == Mode.SEQUENTIAL ? 2 : scenario.calls() + 2);
        this.console = sink == LineSink.NONE ? null : new ConsoleWriter(sink);
        this.recorder = new Recorder(scenario, console);
        this.program = new RealProgram(scenario, recorder, this);
    }

    /** Starts a run on the best threads this JDK has; the printed lines go to {@code sink} as they are printed. */
    public static RealEngine start(Scenario scenario, LineSink sink) {
        return start(scenario, sink, ThreadKind.best());
    }

    /**
     * Starts a run on threads of the given kind.
     *
     * @throws UnsupportedOperationException when this JDK has no threads of that kind
     */
    public static RealEngine start(Scenario scenario, LineSink sink, ThreadKind kind) {
        if (!kind.isAvailable()) {
            throw new UnsupportedOperationException("this JDK has no " + kind.id() + " threads");
        }
        RealEngine engine = new RealEngine(scenario, sink == null ? LineSink.NONE : sink, kind);
        if (engine.console != null) {
            engine.spawn(engine.console::run, CONSOLE_THREAD, ThreadKind.PLATFORM);
        }
        engine.spawn(engine.program::main, Trace.laneName(0), kind);
        return engine;
    }

    /** Runs the scenario to the end and returns its trace. */
    public static Trace run(Scenario scenario, LineSink sink) throws InterruptedException {
        RealEngine engine = start(scenario, sink);
        boolean ended = false;
        try {
            engine.awaitEnd();
            ended = true;
        } finally {
            if (!ended) {
                engine.cancel();
            }
        }
        return engine.snapshot();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The kind of thread this run gives each call. */
    public ThreadKind threadKind() {
        return kind;
    }

    /**
     * The run so far: while it goes on, a trace that ends now, whose unfinished spans are open; once
     * it has ended or been stopped, its final trace (complete only when the program ran to the end).
     */
    public Trace snapshot() {
        return recorder.snapshot();
    }

    /**
     * Stops the run: the trace ends here, and every thread the run started is interrupted, so it
     * ends within moments. Returns at once; {@link #awaitEnd(long, TimeUnit)} waits for the threads.
     */
    public void cancel() {
        cancelled = true;
        recorder.stop();
        startedThreads().forEach(Thread::interrupt);
    }

    /**
     * The program has ended (main returned, or Go stopped it): the goroutines still running die with
     * it, as in Go. The console writer is spared, so every line printed before the end still appears.
     */
    void killGoroutines() {
        cancelled = true;
        Thread self = Thread.currentThread();
        for (Thread thread : startedThreads()) {
            if (thread != self && !thread.getName().equals(CONSOLE_THREAD)) {
                thread.interrupt();
            }
        }
    }

    /** Whether every thread this run started has ended. Never blocks. */
    public boolean hasEnded() {
        if (allGone) {
            return true;
        }
        if (ended.getCount() > 0) {
            return false;
        }
        // Each thread has run its last line; a thread is gone a moment later, when it is no longer alive.
        allGone = startedThreads().stream().noneMatch(Thread::isAlive);
        return allGone;
    }

    /** Whether the program ran to the end (not stopped, nothing failed). */
    public boolean isComplete() {
        return hasEnded() && snapshot().isComplete();
    }

    /** Waits until every thread this run started has ended. */
    public void awaitEnd() throws InterruptedException {
        ended.await();
        for (Thread thread : startedThreads()) {
            thread.join();
        }
        allGone = true;
    }

    /** Waits at most this long for every thread this run started to end; returns whether they have. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        if (!ended.await(timeout, unit)) {
            return false;
        }
        for (Thread thread : startedThreads()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !joined(thread, left)) {
                return hasEnded();
            }
        }
        allGone = true;
        return true;
    }

    /** What went wrong inside the run, such as a thread the system refused to start. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Every thread this run has started (a copy): to stop them, and for tests that check they are gone. */
    public List<Thread> startedThreads() {
        registry.lock();
        try {
            return List.copyOf(threads);
        } finally {
            registry.unlock();
        }
    }

    /** How many of the threads this run started are still running their code. */
    public int runningThreads() {
        return running.get();
    }

    /** {@code go dbCall(i)}: a thread for call {@code lane}; false when the run was stopped instead. */
    boolean spawn(Body body, int lane) {
        runningCalls.incrementAndGet();
        boolean started = spawn(() -> {
            try {
                body.run();
            } finally {
                runningCalls.decrementAndGet();
            }
        }, Trace.laneName(lane), kind);
        if (!started) {
            runningCalls.decrementAndGet();
        }
        return started;
    }

    /** How many of the calls' threads ({@code dbCall} goroutines) are still running their code. */
    int runningCalls() {
        return runningCalls.get();
    }

    private boolean spawn(Body body, String name, ThreadKind threadKind) {
        Thread thread = threadKind.newThread(() -> runBody(body), name);
        registry.lock();
        try {
            // Registered and started under the lock that cancel() reads, so no thread escapes a cancel.
            if (cancelled) {
                return false;
            }
            running.incrementAndGet();
            threads.add(thread);
            try {
                thread.start();
            } catch (Throwable refused) {
                threads.remove(threads.size() - 1);
                threadEnded();
                fail(refused);
                return false;
            }
            return true;
        } finally {
            registry.unlock();
        }
    }

    private void runBody(Body body) {
        try {
            body.run();
        } catch (InterruptedException e) {
            // Stopped: the thread ends here, leaving its open spans in the trace.
        } catch (Throwable unexpected) {
            fail(unexpected);
        } finally {
            threadEnded();
        }
    }

    private static boolean joined(Thread thread, long nanos) throws InterruptedException {
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        thread.join(millis, (int) (nanos - TimeUnit.MILLISECONDS.toNanos(millis)));
        return !thread.isAlive();
    }

    private void threadEnded() {
        if (running.decrementAndGet() == 0) {
            ended.countDown();
        }
    }

    /** A thread failed, so main may wait for it forever: stop the whole run, and keep the first cause. */
    private void fail(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        cancel();
    }

    /** The code of one thread: main, a call, or the console writer. */
    @FunctionalInterface
    interface Body {
        void run() throws InterruptedException;
    }
}
