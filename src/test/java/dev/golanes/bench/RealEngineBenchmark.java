package dev.golanes.bench;

import dev.golanes.engine.LineSink;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.ThreadKind;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How close the real engine comes to the ideal total of the tutorial's concurrent program: N calls
 * that each sleep 1 s should take 1 s. Prints total / ideal for 1,000, 10,000 and (where there are
 * virtual threads) 100,000 calls. A benchmark to run by hand, not a test: see README, Performance.
 *
 * <p>Arguments (all optional): the call counts, e.g. {@code 1000 10000}; {@code --runs R} (default 5);
 * {@code --delay MS} (default 1000); {@code --platform} to use platform threads even on Java 21+.
 */
public final class RealEngineBenchmark {
    private RealEngineBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<Integer> sizes = new ArrayList<>();
        int runs = 5;
        long delay = 1000;
        ThreadKind kind = ThreadKind.best();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--delay" -> delay = Long.parseLong(args[++i]);
                case "--platform" -> kind = ThreadKind.PLATFORM;
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(kind == ThreadKind.VIRTUAL ? List.of(1_000, 10_000, 100_000) : List.of(1_000, 10_000));
        }
        System.out.printf(Locale.ROOT, "GoLanes real engine, --mode concurrent --delay %d; Java %s (%s), %s threads, %d cores%n",
                delay, Runtime.version(), System.getProperty("java.vm.name"), kind.id(),
                Runtime.getRuntime().availableProcessors());
        // First runs let the JIT compile the engine, as a long-running program would have it compiled.
        // No System.gc() between runs: it shrinks the heap, and the next run would pay young collections.
        measure(10_000, 100, kind);
        measure(10_000, 100, kind);
        System.out.println("calls     runs  best total/ideal  median total/ideal  totals");
        for (int calls : sizes) {
            double[] ratios = new double[runs];
            StringBuilder totals = new StringBuilder();
            for (int r = 0; r < runs; r++) {
                Trace trace = measure(calls, delay, kind);
                ratios[r] = trace.endMicros() / (delay * 1000.0);
                totals.append(GoDuration.ofMicros(trace.endMicros())).append(' ');
            }
            double[] sorted = ratios.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-9d %-5d %-17.4f %-19.4f %s%n", calls, runs, sorted[0], sorted[runs / 2],
                    totals.toString().strip());
        }
    }

    /** One run, its output formatted and thrown away as a terminal would take it, its trace checked. */
    private static Trace measure(int calls, long delay, ThreadKind kind) throws InterruptedException {
        Scenario scenario = new Scenario(Mode.CONCURRENT, calls, new DelaySpec.Fixed(delay), 0, 1);
        RealEngine engine = RealEngine.start(scenario, new DiscardingSink(), kind);
        engine.awaitEnd();
        if (engine.failure().isPresent()) {
            throw new IllegalStateException("the run failed", engine.failure().get());
        }
        Trace trace = engine.snapshot();
        List<String> broken = TraceChecks.check(trace, RealEngine.SCHEDULER_SLACK_MICROS);
        if (!broken.isEmpty()) {
            System.out.println("  trace checks: " + broken.subList(0, Math.min(3, broken.size())));
        }
        return trace;
    }

    /** Writes the lines into a buffer that goes nowhere: the cost of printing, without a terminal. */
    private static final class DiscardingSink implements LineSink {
        private final Writer out = new BufferedWriter(Writer.nullWriter(), 1 << 16);

        @Override
        public void print(String line, boolean newline) {
            try {
                out.write(line);
                if (newline) {
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
