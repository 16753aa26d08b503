package dev.golanes.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up: from launching the packaged app to the first frame JavaFX renders of its main window,
 * against a minimal JavaFX window started from the same image in the same way, alternately, so
 * both meet the same load. A benchmark to run by hand (see README, Performance):
 *
 * <pre>java -cp target/test-classes dev.golanes.bench.StartupBenchmark [--runs 10] [-- JVM options]</pre>
 */
public final class StartupBenchmark {
    /** {@code -Dverbose=true}: print when each start reached the toolkit, the app's start() and the window shown. */
    private static final boolean VERBOSE = Boolean.getBoolean("verbose");

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        int runs = arguments.contains("--runs") ? Integer.parseInt(arguments.get(arguments.indexOf("--runs") + 1)) : 10;
        PackagedImage image = new PackagedImage(arguments);
        System.out.println("Start-up to the first rendered frame, software pipeline, Xvfb 1600x1000; " + image.describe());
        // One of each first, not counted: the image's files come into the page cache.
        firstFrame(image, image.minimalWindow());
        firstFrame(image, image.golanes());
        double[] minimal = new double[runs];
        double[] golanes = new double[runs];
        double[] ratios = new double[runs];
        for (int r = 0; r < runs; r++) {
            if (r % 2 == 0) {
                minimal[r] = firstFrame(image, image.minimalWindow());
                golanes[r] = firstFrame(image, image.golanes());
            } else {
                golanes[r] = firstFrame(image, image.golanes());
                minimal[r] = firstFrame(image, image.minimalWindow());
            }
            ratios[r] = golanes[r] / minimal[r];
            System.out.printf(Locale.ROOT, "run %2d: minimal window %4.0f ms, GoLanes %4.0f ms, ratio %.2f%n", r + 1,
                    minimal[r], golanes[r], ratios[r]);
        }
        System.out.println("minimal window ms, median (min to max): " + Stats.spread(minimal, 0));
        System.out.println("GoLanes ms, median (min to max):        " + Stats.spread(golanes, 0));
        System.out.printf(Locale.ROOT, "GoLanes / minimal: ratio of medians %.2f; per run, median (min to max) %s%n",
                Stats.median(golanes) / Stats.median(minimal), Stats.spread(ratios, 2));
        image.close();
    }

    private static double firstFrame(PackagedImage image, List<String> command) {
        String line = image.probe(command, "first-frame");
        if (VERBOSE) {
            System.out.println("  " + line);
        }
        return Double.parseDouble(line.split(" ")[1]);
    }
}
