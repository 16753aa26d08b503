package dev.golanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher's exit status, as a shell sees it: the command line runs in a separate JVM on the
 * module path the tests use. Only commands that never open the window are run.
 */
class MainTest {
    @TempDir
    Path folder;

    @Test
    void runExitsZeroAndPrintsOnlyWhatGoPrints() throws Exception {
        Result result = golanes("run", "--mode", "mutex", "--seed", "42", "--hold", "0");
        assertEquals(0, result.status);
        assertTrue(result.stdout.endsWith("\nTotal execution time: 2s\n[id3 id1 id5 id4 id2]\n"), result.stdout);
        assertEquals(8, result.stdout.lines().count());
    }

    /** As a shell sees the pitfalls: Go's exit status, and its fatal error on standard error only. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "add-inside,    0, ''",
        "missing-done,  2, fatal error: all goroutines are asleep - deadlock!",
        "double-unlock, 2, fatal error: sync: unlock of unlocked mutex"})
    void aPitfallExitsWithGosStatusAndItsFatalErrorOnStandardError(String mode, int status, String fatal) throws Exception {
        Result result = golanes("run", "--mode", mode, "--seed", "42");
        assertEquals(status, result.status, result.stderr);
        List<String> errors = result.stderr.lines().collect(Collectors.toList());
        // Unlock without Lock names its hold, the work the missing m.Lock() should have guarded.
        assertEquals("golanes: " + mode + ", 5 calls"
                + (mode.equals("double-unlock") ? ", 2000 ms each, unguarded work 300 ms" : ", random delays under 2000 ms") + ", seed 42",
                errors.get(0));
        assertEquals(fatal.isEmpty() ? List.of() : List.of(fatal), errors.subList(1, Math.min(2, errors.size())));
        assertFalse(result.stdout.contains("fatal error"), result.stdout);
    }

    @Test
    void badValueExitsTwoWithOneLineNamingTheFlag() throws Exception {
        Result result = golanes("run", "--calls", "0");
        assertEquals(2, result.status);
        assertEquals("", result.stdout);
        assertEquals("golanes: --calls must be a whole number from 1 to 1,000,000 (got \"0\") (see golanes --help)\n",
                result.stderr);
    }

    /** Whatever is pasted into a value, the refusal stays one short line on standard error. */
    @Test
    void aPastedValueIsRefusedOnOneLineWithExitTwo() throws Exception {
        Result result = golanes("export", "--out", "x.png", "--format", "png\n" + "x".repeat(5_000));
        assertEquals(2, result.status);
        assertEquals("", result.stdout);
        assertEquals("golanes: --format must be one of: png, svg, json, csv (got \"png " + "x".repeat(20)
                + "…\") (see golanes --help)\n", result.stderr);
    }

    /**
     * --format decides what is written: PNG data in a file named .svg would open as a broken picture,
     * so the export is refused, with exit 2 as for the other bad options, and nothing is written.
     * A name with another extension, or none, is the user's to choose.
     */
    @Test
    void anOutWhoseExtensionNamesAnotherFormatIsRefusedWithExitTwo() throws Exception {
        Result result = golanes("export", "--format", "png", "--out", "x.svg", "--seed", "42");
        assertEquals(2, result.status);
        assertEquals("golanes: --out x.svg ends in .svg but --format is png: name the file x.png, or give --format svg "
                + "(see golanes --help)\n", result.stderr);
        assertFalse(Files.exists(folder.resolve("x.svg")));
        Result indonesian = golanes("export", "--lang", "id", "--format", "json", "--out", "run.csv");
        assertEquals(2, indonesian.status);
        assertEquals("golanes: --out run.csv berakhiran .csv tetapi --format json: beri nama file run.json, atau pakai "
                + "--format csv (lihat golanes --help)\n", indonesian.stderr);
        assertEquals(0, golanes("export", "--format", "json", "--out", "run.trace", "--seed", "1").status);
        assertTrue(Files.size(folder.resolve("run.trace")) > 0);
    }

    @Test
    void aBadEngineExitsTwoNamingEngineAndItsValues() throws Exception {
        Result result = golanes("run", "--engine", "goroutines");
        assertEquals(2, result.status);
        assertEquals("", result.stdout);
        assertEquals("golanes: --engine must be one of: sim, real (got \"goroutines\") (see golanes --help)\n", result.stderr);
    }

    @Test
    void aRealRunExitsZeroWithOnlyTheProgramsOutputOnStandardOutput() throws Exception {
        Result result = golanes("run", "--engine", "real", "--mode", "mutex", "--calls", "5", "--delay", "10", "--hold", "1");
        assertEquals(0, result.status, result.stderr);
        List<String> lines = result.stdout.lines().toList();
        assertEquals(5 + 3, lines.size(), result.stdout);
        assertTrue(lines.subList(0, 5).stream().allMatch(line -> line.matches("The result from the database is: id[1-5]")));
        assertTrue(lines.get(6).startsWith("Total execution time: "), result.stdout);
        assertEquals(2, result.stderr.lines().count(), "the seed, then the kind of thread: " + result.stderr);
    }

    @Test
    void unknownFlagExitsTwoWithoutAStackTrace() throws Exception {
        Result result = golanes("export", "--format", "json", "--out", "x.json", "--colour", "red");
        assertEquals(2, result.status);
        assertEquals("golanes: unknown option --colour (see golanes --help)\n", result.stderr);
    }

    @Test
    void unwritableOutExitsOne() throws Exception {
        Result result = golanes("export", "--format", "json", "--out", folder.toString(), "--seed", "1");
        assertEquals(1, result.status);
        assertTrue(result.stderr.endsWith("golanes: --out: cannot write " + folder + ": it is a folder; give a file name\n"),
                result.stderr);
    }

    /**
     * A write the system cuts short (here its limit on a file's size, which any user may set, as a
     * stand-in for a disk that fills up mid-export): exit 1, one line saying why, the earlier file
     * kept whole and no temporary file left.
     */
    @Test
    void anExportTheSystemCutsShortExitsOneAndLeavesTheOldFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash's ulimit");
        Path file = Files.writeString(folder.resolve("run.json"), "old");
        Result result = golanesUnder(List.of("/bin/bash", "-c", "ulimit -f 64 && exec \"$@\"", "bash"),
                List.of("-XX:-UsePerfData"), Map.of(), "export", "--format", "json", "--calls", "2000", "--seed", "1",
                "--out", file.toString());
        assertEquals(1, result.status, result.stderr);
        assertTrue(result.stderr.endsWith("golanes: --out: cannot write " + file + ": File too large\n"), result.stderr);
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of("run.json"), files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
    }

    /** The command line draws pictures headless, without a display and without loading JavaFX. */
    @Test
    void pngExportNeedsNoDisplayAndNoJavaFx() throws Exception {
        Path log = folder.resolve("classes.log");
        Result result = golanesWith(List.of("-Xlog:class+load=info:file=" + log), "export", "--format", "png",
                "--scale", "2", "--out", "slide.png", "--mode", "mutex", "--seed", "42");
        assertEquals(0, result.status, result.stderr);
        assertTrue(Files.size(folder.resolve("slide.png")) > 10_000);
        List<String> javafx = Files.readAllLines(log).stream().filter(l -> l.contains(" javafx.")).collect(Collectors.toList());
        assertEquals(List.of(), javafx);
    }

    @Test
    void badPictureFlagExitsTwo() throws Exception {
        Result result = golanes("export", "--format", "png", "--out", "x.png", "--scale", "5");
        assertEquals(2, result.status);
        assertEquals("golanes: --scale must be a whole number from 1 to 4 (got \"5\") (see golanes --help)\n",
                result.stderr);
        assertFalse(Files.exists(folder.resolve("x.png")));
    }

    /**
     * With no display (over SSH, on a server, in CI) the window cannot open: that is the user's
     * setting, not a crash, so it gets one sentence in the user's language naming the commands that
     * need no display, and exit 1; no stack trace, nothing in the crash log.
     */
    @ParameterizedTest(name = "golanes {0}")
    @CsvSource(delimiter = '|', value = {
        "''                    | golanes: there is no display to open the window on; golanes run, golanes compare and golanes export work without one (see golanes --help)",
        "--mode mutex          | golanes: there is no display to open the window on; golanes run, golanes compare and golanes export work without one (see golanes --help)",
        "--lang id --present   | golanes: tidak ada layar untuk membuka jendela; golanes run, golanes compare, dan golanes export berjalan tanpa layar (lihat golanes --help)"})
    void withNoDisplayTheWindowSaysSoInOneSentence(String args, String message) throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "only Linux needs a display the test can take away");
        Path state = folder.resolve("state");
        Result result = golanesUnder(List.of(), List.of(), Map.of("XDG_STATE_HOME", state.toString()),
                args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(1, result.status, result.stderr);
        assertEquals("", result.stdout);
        // Only GoLanes' words: the toolkit may add a warning of its own on some systems, never a stack trace.
        assertTrue(result.stderr.lines().anyMatch(message::equals), result.stderr);
        assertFalse(result.stderr.contains("Exception") || result.stderr.contains("\tat "), result.stderr);
        assertFalse(Files.exists(state), "not a crash: nothing in the log");
    }

    /**
     * A window that cannot open for any other reason (here the toolkit is told to use a platform that
     * does not exist, so it cannot start, before any window exists) still leaves its report: on
     * standard error, which names the log file, and in the log under {@code $XDG_STATE_HOME}; exit 1.
     */
    @Test
    void aWindowThatCannotOpenLeavesItsReportInTheLog() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the log is under $XDG_STATE_HOME on Linux only");
        Path state = folder.resolve("state");
        Path log = state.resolve("golanes").resolve("golanes.log");
        Result result = golanesUnder(List.of(), List.of("-Dglass.platform=Missing"),
                Map.of("XDG_STATE_HOME", state.toString()), "--mode", "mutex");
        assertEquals(1, result.status, result.stderr);
        assertTrue(result.stderr.contains("uncaught exception on main (saved in " + log + ")"), result.stderr);
        String report = Files.readString(log);
        assertTrue(report.startsWith("--- "), report);
        assertTrue(report.contains(", thread main\nGoLanes "), report);
        assertTrue(report.contains("Exception"), report);
    }

    @Test
    void helpExitsZero() throws Exception {
        Result result = golanes("--help");
        assertEquals(0, result.status);
        assertTrue(result.stdout.contains("--max-delay MS"), result.stdout);
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private Result golanes(String... args) throws IOException, InterruptedException {
        return golanesWith(List.of(), args);
    }

    private Result golanesWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return golanesUnder(List.of(), jvmOptions, Map.of(), args);
    }

    /** Runs golanes through a launcher command first, such as a shell that sets a limit. */
    private Result golanesUnder(List<String> launcher, List<String> jvmOptions, Map<String, String> environment,
            String... args) throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "the tests must run on the module path (surefire does so for a modular project)");
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US"));
        command.addAll(jvmOptions);
        command.addAll(List.of("--module-path", modulePath, "--module", "dev.golanes/dev.golanes.Main"));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // As on a server or in CI: no display to fall back on.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("golanes " + String.join(" ", args) + " did not finish");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
