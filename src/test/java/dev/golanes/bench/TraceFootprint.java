package dev.golanes.bench;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.trace.Trace;
import java.util.Locale;

/**
 * Memory: the heap a simulated run's trace holds once built (after full collections), at 100,000
 * and 1,000,000 calls in every mode, and per call, to show it grows linearly. What the simulator
 * allocates on the way is JMH's {@code -prof gc} (see README, Performance):
 *
 * <pre>java -XX:+UseSerialGC -Xmx4g -cp target/classes:target/test-classes dev.golanes.bench.TraceFootprint</pre>
 *
 * <p>The serial collector counts the heap exactly; G1 rounds each large array up to whole regions.
 */
public final class TraceFootprint {
    private TraceFootprint() {
    }

    public static void main(String[] args) {
        System.out.println("Heap held by a simulated trace after GC; Java " + Runtime.version());
        System.out.println("mode             events (1M)   100k calls      1M calls    bytes/call 100k -> 1M");
        for (Mode mode : Mode.values()) {
            long[] held = new long[2];
            int events = 0;
            int[] sizes = {100_000, 1_000_000};
            for (int k = 0; k < sizes.length; k++) {
                long before = usedAfterGc();
                Trace trace = Simulator.run(new ScenarioBuilder().mode(mode).calls(sizes[k]).seed(1).build());
                held[k] = usedAfterGc() - before;
                events = trace.size();
                if (trace.size() < 0) {
                    System.out.println(trace);
                }
            }
            System.out.printf(Locale.ROOT, "%-15s %11d %10.1f MB %10.1f MB %10.1f -> %.1f%n", mode.id(), events,
                    held[0] / 1e6, held[1] / 1e6, held[0] / (double) sizes[0], held[1] / (double) sizes[1]);
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
