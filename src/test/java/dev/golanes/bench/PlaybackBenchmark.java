package dev.golanes.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Playback: the intervals between animation pulses while the packaged app plays a run of 5, 1,000
 * and 10,000 calls in its real window (1600 x 1000 under Xvfb, software pipeline), against an empty
 * animated window started the same way: a label that shows a new number at every frame, so that
 * every pulse draws a frame and hands it to the display, as playing does. A second floor, the same
 * window with an animation timer running and nothing on screen changing, shows what drawing a
 * frame costs at all: with nothing to draw, JavaFX sends nothing to the display. Each configuration
 * runs several times, in turns, so all meet the same load; a benchmark to run by hand (see README,
 * Performance):
 *
 * <pre>java -cp target/test-classes dev.golanes.bench.PlaybackBenchmark [--runs 3] [--seconds 8]</pre>
 *
 * <p>The run is the mutex program with a 2 s hold, so even 5 calls play for 12 s, and the window
 * draws what is hardest for it: lanes waiting for the lock, hatched, and the queue growing.
 */
public final class PlaybackBenchmark {
    private static final String FLOOR = "empty animated window";
    private static final String TIMER_ONLY = "empty window, timer only";
    private static final Pattern PERCENTILES = Pattern.compile("p50 ([0-9.]+) ms, p95 ([0-9.]+) ms, p99 ([0-9.]+) ms");

    private PlaybackBenchmark() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        int runs = option(arguments, "--runs", 3);
        int seconds = option(arguments, "--seconds", 8);
        PackagedImage image = new PackagedImage(arguments);
        System.out.println("Frame intervals while playing, " + seconds + " s a run, software pipeline, Xvfb 1600x1000; "
                + image.describe());
        Map<String, List<String>> configs = new LinkedHashMap<>();
        Map<String, String> animate = new LinkedHashMap<>();
        configs.put(TIMER_ONLY, image.minimalWindow());
        animate.put(TIMER_ONLY, "false");
        configs.put(FLOOR, image.minimalWindow());
        animate.put(FLOOR, "true");
        for (String calls : List.of("5", "1000", "10000")) {
            configs.put(calls + " calls", image.golanes("--mode", "mutex", "--calls", calls, "--hold", "2000", "--seed", "1"));
        }
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        configs.keySet().forEach(name -> results.put(name, new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, List<String>> config : configs.entrySet()) {
                String line = image.probe(config.getValue(), "frames", "golanes.bench.seconds=" + seconds,
                        "golanes.bench.animate=" + animate.getOrDefault(config.getKey(), "false"));
                System.out.printf(Locale.ROOT, "run %d, %-26s %s%n", r + 1, config.getKey() + ":", line);
                Matcher m = PERCENTILES.matcher(line);
                if (!m.find()) {
                    throw new IllegalStateException("no percentiles in: " + line);
                }
                results.get(config.getKey()).add(new double[] {Double.parseDouble(m.group(1)),
                        Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))});
            }
        }
        System.out.println("median of the runs (min to max), ms:");
        double floor = Stats.median(column(results.get(FLOOR), 1));
        for (Map.Entry<String, List<double[]>> result : results.entrySet()) {
            double[] p95 = column(result.getValue(), 1);
            System.out.printf(Locale.ROOT, "  %-26s p50 %s   p95 %s   p99 %s   p95 / animated empty window p95: %.2f%n",
                    result.getKey(), Stats.spread(column(result.getValue(), 0), 1), Stats.spread(p95, 1),
                    Stats.spread(column(result.getValue(), 2), 1), Stats.median(p95) / floor);
        }
        image.close();
    }

    private static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }

    private static int option(List<String> arguments, String name, int fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 ? Integer.parseInt(arguments.get(at + 1)) : fallback;
    }
}
