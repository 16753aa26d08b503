package dev.golanes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line end to end, from the packaged launcher: {@code golanes run --calls 1000000} in
 * every mode (standard output thrown away, as {@code > /dev/null}), the SVG of a 10,000-call run,
 * and the default run's PNG at 4x; against {@code golanes --version}, the floor of starting the
 * JVM, in the same runs. Each command runs several times, in turns; prints the medians, the spread,
 * the ratio to the floor and, where {@code /usr/bin/time} is there, the peak memory (maximum
 * resident set). A benchmark to run by hand (see README, Performance):
 *
 * <pre>java -cp target/test-classes dev.golanes.bench.CommandLineBenchmark [--runs 5]</pre>
 */
public final class CommandLineBenchmark {
    private static final Path TIME = Path.of("/usr/bin/time");

    private CommandLineBenchmark() {
    }

    /** What /usr/bin/time wrote: the peak resident set in KB, last line (after any note on the exit status). */
    private static double peakMegabytes(Path memory) throws IOException {
        if (!Files.exists(memory)) {
            return Double.NaN;
        }
        List<String> lines = Files.readAllLines(memory);
        return Double.parseDouble(lines.get(lines.size() - 1).strip()) / 1024;
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = Arrays.asList(args);
        int runs = arguments.contains("--runs") ? Integer.parseInt(arguments.get(arguments.indexOf("--runs") + 1)) : 5;
        PackagedImage image = new PackagedImage(arguments);
        Path work = Files.createTempDirectory("golanes-bench");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("golanes --version (floor)", image.golanes("--version"));
        for (String mode : List.of("sequential", "concurrent", "mutex", "race", "add-inside", "missing-done",
                "double-unlock")) {
            commands.put("run, 1,000,000 calls, " + mode,
                    image.golanes("run", "--mode", mode, "--calls", "1000000", "--seed", "1"));
        }
        commands.put("export svg, 10,000 calls, mutex", image.golanes("export", "--format", "svg", "--mode", "mutex",
                "--calls", "10000", "--seed", "1", "--out", work.resolve("calls.svg").toString()));
        // The usual width, given: --height alone would make the picture 16:9, 20,000 wide.
        commands.put("export svg, 10,000 calls, 7,130 rows", image.golanes("export", "--format", "svg", "--mode", "mutex",
                "--calls", "10000", "--seed", "1", "--width", "1280", "--height", "100000", "--out", work.resolve("tall.svg").toString()));
        commands.put("export png --scale 4, default run", image.golanes("export", "--format", "png", "--scale", "4",
                "--seed", "1", "--out", work.resolve("slide.png").toString()));
        System.out.println("The command line from the packaged launcher, " + runs + " runs each in turns; " + image.describe());
        Map<String, double[]> seconds = new LinkedHashMap<>();
        Map<String, double[]> megabytes = new LinkedHashMap<>();
        commands.keySet().forEach(name -> {
            seconds.put(name, new double[runs]);
            megabytes.put(name, new double[runs]);
        });
        image.run(commands.values().iterator().next());
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                Path memory = work.resolve("memory.txt");
                List<String> measured = new ArrayList<>(command.getValue());
                if (Files.isExecutable(TIME)) {
                    measured.addAll(0, List.of(TIME.toString(), "-f", "%M", "-o", memory.toString()));
                }
                PackagedImage.Finished finished = image.run(measured);
                // Go's fatal errors (the pitfalls) exit with 2, as the Go program does.
                if (finished.status() != 0 && finished.status() != 2) {
                    throw new IllegalStateException(String.join(" ", measured) + " exited with " + finished.status());
                }
                seconds.get(command.getKey())[r] = finished.seconds();
                megabytes.get(command.getKey())[r] = peakMegabytes(memory);
            }
            System.out.println("  round " + (r + 1) + " of " + runs + " done");
        }
        double floor = Stats.median(seconds.values().iterator().next());
        System.out.println("seconds, median (min to max); median / floor; peak memory MB, median");
        for (String name : commands.keySet()) {
            System.out.printf(Locale.ROOT, "  %-40s %s   %5.1fx   %5.0f MB%n", name, Stats.spread(seconds.get(name), 2),
                    Stats.median(seconds.get(name)) / floor, Stats.median(megabytes.get(name)));
        }
        try (var files = Files.list(work)) {
            files.forEach(file -> file.toFile().delete());
        } catch (UncheckedIOException e) {
            // Leftovers in the temp folder do no harm.
        }
        work.toFile().delete();
    }
}
