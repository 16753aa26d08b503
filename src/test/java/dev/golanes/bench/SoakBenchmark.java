package dev.golanes.bench;

import dev.golanes.engine.LineSink;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.ThreadKind;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Soak: many real-engine runs in a row, as a classroom clicks Run and Stop for an hour. Each run
 * picks a mode (all seven), 1 to 300 calls, delays up to 2 s and a seed, runs for 0 to 60 ms and is
 * stopped, and every twentieth is a short run left to finish on its own. After each run every thread
 * it started must be gone within 5 s, its trace must no longer change and, when the program ran to
 * the end, keep the trace rules. Every 100 runs the heap
 * is measured after a full collection. At the end the platform-thread count must be back to the
 * baseline taken after the warm-up and the heap must not have grown by more than 16 MiB.
 *
 * <p>A harness to run by hand, not a test: see README, Performance. Exits 1 when a check fails.
 * Arguments (all optional): the number of runs (default 1000); {@code --platform} for platform
 * threads on Java 21+; {@code --seed S} (default 1).
 */
public final class SoakBenchmark {
    private static final long HEAP_GROWTH_LIMIT = 16L << 20;

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int runs = 1000;
        long seed = 1;
        ThreadKind kind = ThreadKind.best();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--platform" -> kind = ThreadKind.PLATFORM;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> runs = Integer.parseInt(args[i].replace("_", ""));
            }
        }
        System.out.printf(Locale.ROOT, "GoLanes soak: %d real-engine runs started and stopped; Java %s, %s threads, %d cores%n",
                runs, Runtime.version(), kind.id(), Runtime.getRuntime().availableProcessors());

        SplittableRandom random = new SplittableRandom(seed);
        // Warm-up: the JIT, the virtual-thread scheduler's carriers and the JDK's own threads settle.
        for (int i = 0; i < 50; i++) {
            soakOne(random, kind, i);
        }
        int baselineThreads = platformThreads();
        long baselineHeap = heapAfterGc();
        System.out.printf(Locale.ROOT, "after warm-up: %d live platform threads, %s heap used after GC%n",
                baselineThreads, mib(baselineHeap));
        System.out.println("runs   threads  heap after GC  stopped  finished  seconds");

        long start = System.nanoTime();
        List<Long> heaps = new ArrayList<>();
        int stopped = 0;
        int finished = 0;
        for (int run = 1; run <= runs; run++) {
            if (soakOne(random, kind, run)) {
                finished++;
            } else {
                stopped++;
            }
            if (run % 100 == 0 || run == runs) {
                long heap = heapAfterGc();
                heaps.add(heap);
                System.out.printf(Locale.ROOT, "%-6d %-8d %-14s %-8d %-9d %.1f%n", run, platformThreads(), mib(heap),
                        stopped, finished, (System.nanoTime() - start) / 1e9);
            }
        }

        // Platform threads the JDK itself keeps (the scheduler's carriers) may take a moment to idle out.
        int endThreads = platformThreads();
        for (int i = 0; i < 50 && endThreads > baselineThreads; i++) {
            Thread.sleep(100);
            endThreads = platformThreads();
        }
        long endHeap = heaps.get(heaps.size() - 1);
        long growth = endHeap - baselineHeap;
        System.out.printf(Locale.ROOT, "threads: %d at the baseline, %d at the end; heap after GC: %s at the baseline, %s at the end (%s%s)%n",
                baselineThreads, endThreads, mib(baselineHeap), mib(endHeap), growth >= 0 ? "+" : "", mib(growth));
        boolean ok = true;
        if (endThreads > baselineThreads) {
            System.out.println("FAIL: more live threads than at the baseline");
            ok = false;
        }
        if (growth > HEAP_GROWTH_LIMIT) {
            System.out.println("FAIL: the heap grew by more than " + mib(HEAP_GROWTH_LIMIT));
            ok = false;
        }
        System.out.println(ok ? "PASS" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** One run: started, stopped (or left to finish), its threads gone, its trace checked. */
    private static boolean soakOne(SplittableRandom random, ThreadKind kind, int run) throws InterruptedException {
        Mode[] modes = Mode.values();
        Mode mode = modes[(int) random.nextInt(modes.length)];
        boolean finish = run % 20 == 0;
        int calls = 1 + (int) random.nextInt(finish ? 20 : 300);
        DelaySpec delays = new DelaySpec.Random(finish ? 20 : 2000);
        long hold = mode.usesHold() ? random.nextInt(300) : 0;
        Scenario scenario = new Scenario(mode, calls, delays, hold, 1 + random.nextInt(999_999));
        RealEngine engine = RealEngine.start(scenario, LineSink.NONE, kind);
        if (finish) {
            // A pitfall that deadlocks never ends on its own; Go would stop it, and so does the engine.
            if (!engine.awaitEnd(10, TimeUnit.SECONDS)) {
                engine.cancel();
            }
        } else {
            Thread.sleep(random.nextInt(61));
            engine.cancel();
        }
        if (!engine.awaitEnd(5, TimeUnit.SECONDS)) {
            long alive = engine.startedThreads().stream().filter(Thread::isAlive).count();
            throw new IllegalStateException("run " + run + " (" + scenario + "): " + alive
                    + " of its threads still alive 5 s after it was stopped");
        }
        if (engine.failure().isPresent()) {
            throw new IllegalStateException("run " + run + " failed: " + scenario, engine.failure().get());
        }
        Trace trace = engine.snapshot();
        if (engine.runningThreads() != 0 || trace != engine.snapshot()) {
            throw new IllegalStateException("run " + run + " (" + scenario + ") still changes after it ended");
        }
        // The trace rules are about whole programs; a stopped run's trace is cut wherever it was.
        List<String> problems = trace.isComplete() ? TraceChecks.check(trace, RealEngine.SCHEDULER_SLACK_MICROS) : List.of();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("run " + run + " (" + scenario + "): " + problems);
        }
        return trace.isComplete();
    }

    /** The heap in use after full collections (the least of three, as a collection may lag). */
    private static long heapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            best = Math.min(best, runtime.totalMemory() - runtime.freeMemory());
        }
        return best;
    }

    /** Live platform threads: the JDK's own, the scheduler's carriers and any a run left behind. */
    private static int platformThreads() {
        return Thread.getAllStackTraces().size();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
