package dev.golanes.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GoProgramTest {
    private static final Texts EN = Texts.forLocale(Locale.ENGLISH);
    private static final Texts ID = Texts.forLocale(Locale.forLanguageTag("id"));

    @Test
    void theMutexProgramIsTheTutorialsWithTheHoldWrittenIn() {
        GoProgram program = GoProgram.of(Scenario.defaults(Mode.MUTEX, 1), EN);
        String text = program.text();
        assertTrue(text.contains("var dbData = []string{\"id1\", \"id2\", \"id3\", \"id4\", \"id5\"}"), text);
        assertTrue(text.contains("\tvar delay float32 = 2000\n".replace("\t", "    ")), text);
        assertTrue(text.contains("m.Lock()"));
        assertTrue(text.contains("time.Sleep(300 * time.Millisecond)"));
        assertTrue(text.contains("results = append(results, dbData[i])"));
        assertFalse(text.contains("{{") || text.contains("⟦"), "no template marks are left: " + text);
        assertEquals("    m.Lock() // one goroutine at a time gets past this line", line(program, Step.LOCK));
        assertTrue(program.lineOf(Step.LOCK) < program.lineOf(Step.HOLD));
        assertTrue(program.lineOf(Step.HOLD) < program.lineOf(Step.APPEND));
        assertTrue(program.lineOf(Step.APPEND) < program.lineOf(Step.UNLOCK));
    }

    @Test
    void holdZeroIsExactlyTheTutorialsDbCall() {
        GoProgram program = GoProgram.of(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 0, 1), EN);
        assertEquals(-1, program.lineOf(Step.HOLD));
        List<String> body = program.lines().stream().map(CodeLine::text)
                .dropWhile(t -> !t.startsWith("func dbCall")).toList();
        assertEquals(List.of("func dbCall(i int) {", "    var delay float32 = 2000",
                "    time.Sleep(time.Duration(delay) * time.Millisecond)",
                "    fmt.Println(\"The result from the database is:\", dbData[i])",
                "    m.Lock() // one goroutine at a time gets past this line",
                "    results = append(results, dbData[i])",
                "    m.Unlock() // release the lock; a waiter can take it", "    wg.Done()", "}"), body);
    }

    @Test
    void everyModeHasALineForEveryStepItsGoroutinesReach() {
        for (Mode mode : Mode.values()) {
            GoProgram program = GoProgram.of(Scenario.defaults(mode, 1), EN);
            assertTrue(program.lineOf(Step.SLEEP) > 0, mode.id());
            assertTrue(program.lineOf(Step.PRINT) > 0, mode.id());
            assertTrue(program.lineOf(Step.TOTAL) > 0, mode.id());
            assertEquals(mode == Mode.SEQUENTIAL, program.lineOf(Step.CALL) > 0, mode.id());
            assertEquals(mode != Mode.SEQUENTIAL, program.lineOf(Step.WG_WAIT) > 0, mode.id());
            assertEquals(mode.usesMutex(), program.lineOf(Step.LOCK) > 0, mode.id());
            assertEquals(mode.collectsResults(), program.lineOf(Step.APPEND) > 0, mode.id());
            for (CodeLine line : program.lines()) {
                assertEquals(line.number(), program.lines().indexOf(line) + 1);
            }
        }
    }

    @Test
    void theRaceProgramReadsThenWritesWithoutTheLock() {
        String text = GoProgram.of(Scenario.defaults(Mode.RACE, 1), EN).text();
        String code = text.replaceAll("//[^\n]*", "");
        assertFalse(code.contains("m.Lock()") || code.contains("sync.Mutex"), code);
        assertTrue(text.contains("n := len(results)"));
        assertTrue(text.contains("results = append(results[:n], dbData[i])"));
    }

    /**
     * Unlock without Lock is the mutex program with its m.Lock() gone: its hold is the work the lock
     * was for, not the race program's gap between a read and a write it does not have.
     */
    @Test
    void unlockWithoutLockSaysWhatItsHoldIs() {
        String text = GoProgram.of(Scenario.defaults(Mode.DOUBLE_UNLOCK, 1), EN).text();
        String hold = text.lines().filter(line -> line.contains("time.Sleep(300")).findFirst().orElseThrow();
        assertEquals("\ttime.Sleep(300 * time.Millisecond) // GoLanes: the work m.Lock() was meant to guard, done without it",
                hold.replace("    ", "\t"));
        assertFalse(text.contains("len(results)"), text);
        assertTrue(text.contains("results = append(results, dbData[i])"), text);
    }

    @Test
    void delaysAndImportsFollowTheScenario() {
        String random = GoProgram.of(Scenario.defaults(Mode.SEQUENTIAL, 1), EN).text();
        assertTrue(random.contains("\"math/rand\""));
        assertFalse(random.contains("\"sync\""));
        assertTrue(random.contains("rand.Float32() * 2000 // 0 to 1999 ms"), random);
        String listed = GoProgram.of(new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Listed(List.of(1200L, 300L, 1800L)), 0, 1),
                EN).text();
        assertTrue(listed.contains("var delays = []float32{1200, 300, 1800}"), listed);
        assertTrue(listed.contains("var delay float32 = delays[i]"));
        assertFalse(listed.contains("math/rand"));
        String many = GoProgram.of(new Scenario(Mode.CONCURRENT, 1000, new DelaySpec.Fixed(5), 0, 1), EN).text();
        assertTrue(many.contains("[]string{\"id1\", \"id2\", \"id3\", /* … */ \"id1000\"}"), many);
    }

    @Test
    void commentsAreInTheUsersLanguageAndTheCodeIsNot() {
        GoProgram english = GoProgram.of(Scenario.defaults(Mode.CONCURRENT, 1), EN);
        GoProgram indonesian = GoProgram.of(Scenario.defaults(Mode.CONCURRENT, 1), ID);
        assertEquals(english.lines().size(), indonesian.lines().size());
        assertTrue(line(indonesian, Step.WG_WAIT).endsWith("// tunggu sampai counter kembali ke 0"));
        for (int i = 0; i < english.lines().size(); i++) {
            String code = english.lines().get(i).text().replaceAll("//.*", "");
            assertEquals(code, indonesian.lines().get(i).text().replaceAll("//.*", ""));
        }
    }

    private static String line(GoProgram program, Step step) {
        return program.lines().get(program.lineOf(step) - 1).text();
    }
}
