package dev.golanes.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Memory: the heap the packaged app's window holds after two full collections, with a run of
 * 10,000 calls on screen at its end (every lane drawn whole), against the same window with the
 * tutorial's five calls and against a minimal JavaFX window, started the same way. A benchmark to
 * run by hand (see README, Performance):
 *
 * <pre>java -cp target/test-classes dev.golanes.bench.WindowHeapBenchmark [--runs 3]</pre>
 */
public final class WindowHeapBenchmark {
    private WindowHeapBenchmark() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        int runs = arguments.contains("--runs") ? Integer.parseInt(arguments.get(arguments.indexOf("--runs") + 1)) : 3;
        PackagedImage image = new PackagedImage(arguments);
        System.out.println("Heap after GC, the window at the end of its run, Xvfb 1600x1000; " + image.describe());
        Map<String, List<String>> configs = new LinkedHashMap<>();
        configs.put("minimal window", image.minimalWindow());
        configs.put("GoLanes, 5 calls (mutex)", image.golanes("--mode", "mutex", "--seed", "1"));
        configs.put("GoLanes, 10,000 calls (mutex)", image.golanes("--mode", "mutex", "--calls", "10000", "--seed", "1"));
        configs.put("GoLanes, 10,000 calls (race)", image.golanes("--mode", "race", "--calls", "10000", "--seed", "1"));
        Map<String, double[]> heaps = new LinkedHashMap<>();
        configs.keySet().forEach(name -> heaps.put(name, new double[runs]));
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, List<String>> config : configs.entrySet()) {
                String line = image.probe(config.getValue(), "heap", "golanes.bench.end=true");
                System.out.printf(Locale.ROOT, "run %d, %-32s %s%n", r + 1, config.getKey() + ":", line);
                heaps.get(config.getKey())[r] = Double.parseDouble(line.split(" ")[1]);
            }
        }
        double floor = Stats.median(heaps.get("minimal window"));
        System.out.println("heap after GC, MB, median (min to max); median / minimal window:");
        for (Map.Entry<String, double[]> heap : heaps.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-32s %s   %.1fx%n", heap.getKey(), Stats.spread(heap.getValue(), 1),
                    Stats.median(heap.getValue()) / floor);
        }
        image.close();
    }
}
