package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code golanes run} of the three pitfalls, simulated with seed 42, as Go ends them: what the
 * program printed on standard output, Go's fatal error on standard error after the seed line, and
 * Go's exit status.
 */
class CliPitfallsTest {
    private static final String SEED_LINE = "golanes: %s, 5 calls, random delays under 2000 ms, seed 42\n";

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** main reaches wg.Wait() with the counter at 0, returns and prints a total that is a lie; Go exits normally. */
    @Test
    void addInsidePrintsOnlyTheTotalAndExitsZero() throws Exception {
        assertEquals(0, run("add-inside"));
        assertEquals("\nTotal execution time: 5µs", out(), "no goroutine got to print, and Printf leaves the line open");
        assertEquals(SEED_LINE.formatted("add-inside"), err());
    }

    @Test
    void missingDonePrintsEveryCallThenDeadlocksWithStatusTwo() throws Exception {
        assertEquals(2, run("missing-done"));
        assertEquals("""
                The result from the database is: id2
                The result from the database is: id5
                The result from the database is: id1
                The result from the database is: id4
                The result from the database is: id3
                """, out(), "no total: main never gets past wg.Wait()");
        assertEquals(SEED_LINE.formatted("missing-done") + """
                fatal error: all goroutines are asleep - deadlock!

                goroutine 1 [sync.WaitGroup.Wait]:
                main.main()
                """, err());
    }

    /** All five wake at 2 s and print; the first to finish its 300 ms append unlocks the unlocked mutex. */
    @Test
    void doubleUnlockStopsAtTheFirstUnlockWithStatusTwo() throws Exception {
        assertEquals(2, run("double-unlock"));
        assertEquals("""
                The result from the database is: id3
                The result from the database is: id1
                The result from the database is: id5
                The result from the database is: id4
                The result from the database is: id2
                """, out(), "no total and no results: the program stops first");
        assertEquals("golanes: double-unlock, 5 calls, 2000 ms each, unguarded work 300 ms, seed 42\n" + """
                fatal error: sync: unlock of unlocked mutex

                goroutine 8 [running]:
                main.dbCall(0x2)
                """, err(), "id3 (dbCall(2)) printed first, so it unlocks first");
    }

    private int run(String mode) throws UsageException {
        Texts texts = Texts.forLocale(Locale.ENGLISH);
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new Cli(texts, out, err).execute(CommandLine.parse(texts, new String[] {"run", "--mode", mode, "--seed", "42"}));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
