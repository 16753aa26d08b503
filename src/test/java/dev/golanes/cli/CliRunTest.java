package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.RealEngine;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Field;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golanes run} prints exactly what the Go program prints; everything else goes to standard error. */
class CliRunTest {

    /**
     * A real run of 100 mutex calls holding 300 ms takes half a minute, an export of it with nothing
     * printed meanwhile: the command line says how long, from the simulator's total, before it starts.
     * A run of a few seconds is not announced.
     */
    @Test
    void aLongRealRunSaysHowLongItTakes() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        dev.golanes.scenario.Scenario mutex = new dev.golanes.scenario.Scenario(dev.golanes.scenario.Mode.MUTEX, 100,
                new dev.golanes.scenario.DelaySpec.Fixed(2000), 300, 1);
        assertEquals("golanes: this takes about 32s, in real time (Ctrl+C stops it)", Cli.longRealRun(english, mutex).orElseThrow());
        assertEquals("golanes: ini berjalan sekitar 32s, dalam waktu nyata (Ctrl+C menghentikannya)",
                Cli.longRealRun(Texts.forLocale(Locale.forLanguageTag("id")), mutex).orElseThrow());
        assertTrue(Cli.longRealRun(english, dev.golanes.scenario.Scenario.defaults(dev.golanes.scenario.Mode.SEQUENTIAL, 42)).isEmpty(),
                "the default sequential run, 7 s");
    }
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void sequentialPrintsInCallOrderThenTheTotal() throws Exception {
        assertEquals(0, execute("run", "--delays", "1200,300,1800", "--seed", "1"));
        assertEquals("""
                The result from the database is: id1
                The result from the database is: id2
                The result from the database is: id3

                Total execution time: 3.3s""", out(), "Go's Printf leaves the total's line open");
    }

    @Test
    void concurrentPrintsInOrderOfWakingAndTakesTheLongestSleep() throws Exception {
        assertEquals(0, execute("run", "--mode", "concurrent", "--delays", "1200,300,1800", "--seed", "1"));
        assertEquals("""
                The result from the database is: id2
                The result from the database is: id1
                The result from the database is: id3

                Total execution time: 1.8s""", out());
    }

    @Test
    void mutexPrintsTheResultsSliceLikeGo() throws Exception {
        assertEquals(0, execute("run", "--mode", "mutex", "--seed", "42"));
        assertEquals("""
                The result from the database is: id3
                The result from the database is: id1
                The result from the database is: id5
                The result from the database is: id4
                The result from the database is: id2

                Total execution time: 3.5s
                [id3 id1 id5 id4 id2]
                """, out());
    }

    @Test
    void tutorialMutexTakesTwoSeconds() throws Exception {
        assertEquals(0, execute("run", "--mode", "mutex", "--hold", "0", "--seed", "42"));
        assertTrue(out().endsWith("\n\nTotal execution time: 2s\n[id3 id1 id5 id4 id2]\n"), out());
    }

    @Test
    void seedGoesToStandardErrorOnly() throws Exception {
        execute("run", "--mode", "mutex", "--seed", "42");
        assertEquals("golanes: mutex, 5 calls, 2000 ms each, hold 300 ms, seed 42\n", err(), "the seed was given: no hint to add it");
        assertFalse(out().contains("seed"));
    }

    @Test
    void oneCallIsOneCall() throws Exception {
        execute("run", "--calls", "1", "--seed", "1");
        assertEquals("golanes: sequential, 1 call, a random delay under 2000 ms, seed 1\n", err());
    }

    /** A seed from a scenario file was given too: running the file again repeats the run. */
    @Test
    void aSeedFromAScenarioFileGetsNoHint(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("class.golanes.json"),
                "{ \"golanes\": \"scenario\", \"mode\": \"mutex\", \"calls\": 5, \"delay\": 2000, \"seed\": 42 }");
        execute("run", "--scenario", file.toString());
        assertEquals("golanes: mutex, 5 calls, 2000 ms each, hold 300 ms, seed 42\n", err());
    }

    /**
     * A scenario file without a seed leaves it to be drawn, and the seed decides the race's result:
     * the hint says how to repeat the run, and the seed it names does repeat it.
     */
    @Test
    void aScenarioFileWithoutASeedGetsTheHint(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("race.golanes.json"), "{\"mode\":\"race\"}");
        execute("run", "--scenario", file.toString());
        assertTrue(err().matches("golanes: race, 5 calls, 2000 ms each, read-write gap 300 ms, seed (-?\\d+)"
                + " \\(add --seed \\1 to repeat this run\\)\n"), err());
        String seed = err().replaceAll("(?s).*seed (-?\\d+) .*", "$1");
        String first = out();
        stdout.reset();
        stderr.reset();
        execute("run", "--scenario", file.toString(), "--seed", seed);
        assertEquals(first, out());
        assertFalse(err().contains("add --seed"), err());
    }

    /**
     * The sequential program on fixed or listed delays is the same whatever the seed: no hint to
     * repeat what cannot differ. Concurrent programs on fixed delays still depend on it, for the order
     * of goroutines that wake together.
     */
    @Test
    void aSeedThatChangesNothingGetsNoHint() throws Exception {
        execute("run", "--mode", "sequential", "--delays", "1,2");
        assertTrue(err().matches("golanes: sequential, 2 calls, delays 1, 2 ms, seed -?\\d+\n"), err());
        stderr.reset();
        execute("run", "--mode", "sequential", "--delay", "5");
        assertTrue(err().matches("golanes: sequential, 5 calls, 5 ms each, seed -?\\d+\n"), err());
        stderr.reset();
        execute("run", "--mode", "concurrent", "--delay", "5");
        assertTrue(err().matches("golanes: concurrent, 5 calls, 5 ms each, seed (-?\\d+) \\(add --seed \\1 to repeat this run\\)\n"),
                err());
    }

    @Test
    void drawnSeedIsShownAndReplaysTheSameRun() throws Exception {
        execute("run", "--mode", "concurrent");
        String seed = err().replaceAll("(?s).*seed (-?\\d+) .*", "$1");
        assertEquals("golanes: concurrent, 5 calls, random delays under 2000 ms, seed " + seed + " (add --seed " + seed + " to repeat this run)\n", err());
        String first = out();
        stdout.reset();
        execute("run", "--mode", "concurrent", "--seed", seed);
        assertEquals(first, out());
    }

    /** Real threads take their delays from the seed but their order from the scheduler: the hint says so. */
    @Test
    void aDrawnSeedOnRealThreadsRepeatsTheDelaysOnly() throws Exception {
        assertEquals(0, execute("run", "--engine", "real", "--mode", "concurrent", "--calls", "3", "--max-delay", "3"));
        String seed = err().replaceAll("(?s).*seed (-?\\d+) .*", "$1");
        assertTrue(err().startsWith("golanes: concurrent, 3 calls, random delays under 3 ms, seed " + seed + " (add --seed " + seed
                + " to repeat these delays; the order is the scheduler's)\n"), err());
        assertFalse(err().contains("repeat this run"), err());
        // Fixed delays: on real threads the seed repeats nothing, and no hint says it would.
        stderr.reset();
        assertEquals(0, execute("run", "--engine", "real", "--mode", "concurrent", "--calls", "3", "--delay", "2"));
        assertTrue(err().startsWith("golanes: concurrent, 3 calls, 2 ms each, seed ") && !err().contains("--seed"), err());
    }

    /** Sequential starts no goroutine: on real threads it is not announced as a thread per call. */
    @Test
    void aRealSequentialRunSaysItRunsOnMainsThread() throws Exception {
        assertEquals(0, execute("run", "--engine", "real", "--mode", "sequential", "--calls", "2", "--delay", "1"));
        assertTrue(err().contains("golanes: real threads: sequential, so main's thread calls each dbCall in turn"), err());
        assertFalse(err().contains("thread per call"), err());
        stderr.reset();
        assertEquals(0, execute("run", "--engine", "real", "--mode", "concurrent", "--calls", "2", "--delay", "1"));
        assertTrue(err().contains("thread per call"), err());
    }

    @Test
    void onlyTheTotalLineIsLeftOpenAsGoLeavesIt() throws Exception {
        execute("run", "--calls", "12", "--max-delay", "100", "--seed", "5");
        List<String> lines = out().lines().toList();
        assertEquals(12 + 2, lines.size());
        assertEquals("", lines.get(12));
        assertTrue(lines.get(13).startsWith("Total execution time: "));
        assertFalse(out().endsWith("\n"));
    }

    @Test
    void aRealMutexRunPrintsWhatGoPrints() throws Exception {
        assertEquals(0, execute("run", "--engine", "real", "--mode", "mutex", "--calls", "6", "--delay", "5", "--hold", "1",
                "--seed", "3"));
        List<String> lines = out().lines().toList();
        assertEquals(6 + 3, lines.size(), out());
        List<String> printed = lines.subList(0, 6).stream().map(l -> l.replace("The result from the database is: ", ""))
                .sorted().toList();
        assertEquals(List.of("id1", "id2", "id3", "id4", "id5", "id6"), printed, "each call prints once, in any order");
        assertEquals("", lines.get(6));
        assertTrue(lines.get(7).matches("Total execution time: [0-9.]+(ms|s)"), lines.get(7));
        assertTrue(lines.get(8).matches("\\[(id[1-6] ?){6}\\]"), lines.get(8));
        assertTrue(out().endsWith("]\n"));
    }

    @Test
    void aRealConcurrentRunLeavesTheTotalLineOpenAsGoDoes() throws Exception {
        assertEquals(0, execute("run", "--engine", "real", "--mode", "concurrent", "--calls", "20", "--max-delay", "10"));
        List<String> lines = out().lines().toList();
        assertEquals(20 + 2, lines.size());
        assertTrue(lines.get(21).startsWith("Total execution time: "));
        assertFalse(out().endsWith("\n"));
    }

    @Test
    void aRealRunSaysOnStandardErrorWhichThreadsItUses() throws Exception {
        execute("run", "--engine", "real", "--mode", "concurrent", "--calls", "2", "--max-delay", "5", "--seed", "4");
        String kind = Runtime.version().feature() >= 21 ? "virtual" : "platform";
        assertTrue(err().startsWith("golanes: concurrent, 2 calls, random delays under 5 ms, seed 4\n"
                + "golanes: real threads: one " + kind + " thread per call (Java " + Runtime.version().feature()), err());
        assertTrue(err().contains("the delays come from the seed, the order from the scheduler\n"), err());
        assertTrue(out().contains("The result from the database is: id1\n") && out().contains("The result from the database is: id2\n"),
                out());
    }

    /** The seed gives a real run's delays only when they are random: fixed and listed ones are said as they are. */
    @Test
    void aRealRunSaysWhereItsDelaysComeFrom() throws Exception {
        execute("run", "--engine", "real", "--mode", "concurrent", "--calls", "2", "--delay", "3", "--seed", "4");
        assertTrue(err().contains("; every call sleeps 3 ms, the order from the scheduler\n"), err());
        assertFalse(err().contains("from the seed"), err());
        stderr.reset();
        execute("run", "--engine", "real", "--mode", "sequential", "--delays", "1,2", "--seed", "4");
        assertTrue(err().endsWith("in real time; the delays as listed\n"), err());
    }

    @Test
    void helpListsEveryFlag() throws Exception {
        assertEquals(0, execute("--help"));
        String help = out();
        for (Field field : Field.values()) {
            assertTrue(help.contains(field.flag() + " "), field.flag());
        }
        for (String flag : List.of("--format", "--out", "--self-test", "--engine", "--help", "--version", "run", "export")) {
            assertTrue(help.contains(flag), flag);
        }
        // The limit --engine real has on Java 17 to 20 is told before it is hit.
        assertTrue(help.contains(String.format(Locale.ENGLISH, "up to %,d calls", RealEngine.MAX_PLATFORM_CALLS)), help);
        // Every range is given: --delays' values too.
        assertTrue(help.contains(String.format(Locale.ENGLISH, "each 0 to %,d", dev.golanes.scenario.Limits.MAX_DELAY_MS)), help);
        assertEquals("", err());
    }

    @Test
    void versionIsTheBuiltVersion() throws Exception {
        assertEquals(0, execute("--version"));
        // version.properties is filtered by the build, so no ${project.version} is left in it.
        assertTrue(out().matches("GoLanes \\d+\\.\\d+\\.\\d+\\S*\\R"), out());
    }

    private int execute(String... args) throws UsageException {
        Texts texts = Texts.forLocale(Locale.ENGLISH);
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new Cli(texts, out, err).execute(CommandLine.parse(texts, args));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
