package dev.golanes.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code target/golanes}, built by {@code mvn package}) as the benchmarks start
 * it: through its own launcher, on a virtual display of 1600 x 1000 that the benchmark starts
 * (Xvfb), with a {@link WindowProbe} added through {@code JDK_JAVA_OPTIONS}, which every {@code java}
 * launcher reads, so the app's launcher script stays as it is shipped.
 */
final class PackagedImage {
    /** Options every window probe needs: the test classes, JavaFX's preloader hook and its frame tracker. */
    private final List<String> probeOptions;
    private final Path home;
    private final List<String> extraOptions;
    private Process display;
    private String displayName;

    /**
     * @param args the benchmark's arguments: {@code --image DIR} picks another image, and anything
     *             after {@code --} is added to the JVM options of every start (to try
     *             {@code -Xshare:off}, say)
     */
    PackagedImage(List<String> args) {
        int image = args.indexOf("--image");
        this.home = Path.of(image >= 0 ? args.get(image + 1) : "target/golanes").toAbsolutePath();
        int dashes = args.indexOf("--");
        this.extraOptions = dashes >= 0 ? List.copyOf(args.subList(dashes + 1, args.size())) : List.of();
        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/golanes")) || !Files.isDirectory(testClasses)) {
            throw new IllegalStateException("no packaged app at " + home + ": run mvn package -DskipTests first");
        }
        this.probeOptions = List.of("-cp", testClasses.toString(), "-Djavafx.preloader=dev.golanes.bench.WindowProbe",
                "--add-exports", "javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED");
    }

    /** {@code bin/golanes} with these arguments. */
    List<String> golanes(String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/golanes").toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The image's {@code java} starting {@link MinimalWindow}, the floor of the window benchmarks. */
    List<String> minimalWindow() {
        return List.of(home.resolve("bin/java").toString(), "dev.golanes.bench.MinimalWindow");
    }

    /** How a command ended: its wall-clock time and its exit status. */
    record Finished(double seconds, int status) {
    }

    /** Runs a command to its end; its standard output is thrown away, as with {@code > /dev/null}. */
    Finished run(List<String> command) {
        return run(command, List.of());
    }

    /** Runs a command to its end with more JVM options; its standard output is thrown away. */
    Finished run(List<String> command, List<String> moreOptions) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        List<String> options = new ArrayList<>(extraOptions);
        options.addAll(moreOptions);
        builder.environment().put("JDK_JAVA_OPTIONS", String.join(" ", options));
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            return new Finished((System.nanoTime() - start) / 1e9, status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a window command with the probe, waits for the probe's {@code bench:} line and returns
     * it without the prefix; the probe then ends the process.
     */
    String probe(List<String> command, String probe, String... properties) {
        return probe(command, List.of(), probe, properties);
    }

    /** {@link #probe(List, String, String...)} with more JVM options. */
    String probe(List<String> command, List<String> moreOptions, String probe, String... properties) {
        List<String> options = new ArrayList<>(probeOptions);
        options.addAll(moreOptions);
        options.add("-Dgolanes.bench.probe=" + probe);
        // The software pipeline, as a projector's laptop often has it, and as Xvfb offers anyway.
        options.add("-Dprism.order=sw");
        for (String property : properties) {
            options.add("-D" + property);
        }
        options.addAll(extraOptions);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display());
        try {
            options.add("-Dgolanes.bench.launchedAt=" + System.currentTimeMillis());
            builder.environment().put("JDK_JAVA_OPTIONS", String.join(" ", options));
            Process process = builder.start();
            List<String> output = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("bench: ")) {
                        process.waitFor(10, TimeUnit.SECONDS);
                        return line.substring("bench: ".length());
                    }
                    output.add(line);
                }
            } finally {
                process.destroyForcibly();
            }
            throw new IllegalStateException(String.join(" ", command) + " ended without a measurement:\n"
                    + String.join("\n", output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A virtual screen of 1600 x 1000 for this benchmark alone, started on first use. */
    private synchronized String display() {
        if (displayName == null) {
            int number = 90;
            while (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                number++;
            }
            try {
                display = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Process started = display;
                Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
                for (int i = 0; i < 100 && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)); i++) {
                    Thread.sleep(50);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start Xvfb (apt-get install xvfb)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            displayName = ":" + number;
        }
        return displayName;
    }

    /** Stops the virtual display. */
    void close() {
        if (display != null) {
            display.destroy();
        }
    }

    String describe() {
        return String.format(Locale.ROOT, "image %s, Java %s, %d cores%s", home, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), extraOptions.isEmpty() ? "" : ", options " + extraOptions);
    }
}
