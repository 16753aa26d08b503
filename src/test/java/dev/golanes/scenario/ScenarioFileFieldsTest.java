package dev.golanes.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.golanes.i18n.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of a scenario file, holding the wrong type or a value out of range: the file is refused
 * with a {@link ScenarioFileException} that names the field as the file spells it and what it allows.
 */
class ScenarioFileFieldsTest {
    /** JSON values of every type but a whole number, as a file might hold them. */
    private static final List<String> NOT_NUMBERS = List.of("\"\"", "\"ten\"", "null", "true", "[]", "[5]", "{}");
    private static final String LONG_TEXT = "\"" + "7".repeat(5_000) + "\"";
    private static final String LONG_SHOWN = "7".repeat(24) + "…";

    static Stream<Arguments> refusals() {
        List<Arguments> all = new ArrayList<>();
        wholeNumber(all, "calls", 1, "1,000,000", "1000001");
        wholeNumber(all, "maxDelay", 1, "600,000", "600001");
        wholeNumber(all, "delay", 0, "600,000", "600001");
        wholeNumber(all, "hold", 0, "60,000", "60001");

        String seed = "seed must be a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807 (got \"%s\")";
        for (String[] bad : new String[][] {{"\"\"", ""}, {"\"ten\"", "ten"}, {"null", "null"},
                {"true", "true"}, {"[]", "[]"}, {"{}", "{}"}, {"2.5", "2.5"}, {"9223372036854775808", "9223372036854775808"},
                {"-9223372036854775809", "-9223372036854775809"}, {"1e400", "1E+400"}}) {
            all.add(Arguments.of("seed", bad[0], String.format(seed, bad[1])));
        }

        String list = "delays must be a list of whole milliseconds from 0 to 600,000, such as [1200, 300, 1800]";
        for (String bad : List.of("\"\"", "\"1200,300\"", "null", "true", "5", "{}", "[]", LONG_TEXT)) {
            all.add(Arguments.of("delays", bad, list));
        }
        // A wrong entry is named by its place, as the command line's --delays names it.
        String entry = "delays: entry %s must be whole milliseconds from 0 to 600,000, such as [1200, 300, 1800] (got %s)";
        for (String[] bad : new String[][] {{"[null]", "1 of 1", "null"}, {"[true]", "1 of 1", "true"},
                {"[\"5\"]", "1 of 1", "\"5\""}, {"[[5]]", "1 of 1", "[5]"}, {"[-1]", "1 of 1", "-1"}, {"[2.5]", "1 of 1", "2.5"},
                {"[600001]", "1 of 1", "600001"}, {"[1200, null]", "2 of 2", "null"}, {"[1, -2, 3]", "2 of 3", "-2"},
                {"[1e400]", "1 of 1", "1E+400"}}) {
            all.add(Arguments.of("delays", bad[0], String.format(entry, bad[1], bad[2])));
        }

        // A number in quotes is text to JSON: said so, not that 5 is out of the range.
        for (String field : List.of("calls", "maxDelay", "delay", "hold", "seed", "speed")) {
            all.add(Arguments.of(field, "\"5\"", field + " must be a number without quotes: write 5, not \"5\""));
            all.add(Arguments.of(field, LONG_TEXT, field + " must be a number without quotes: write " + LONG_SHOWN
                    + ", not \"" + LONG_SHOWN + "\""));
        }

        for (String bad : List.of("5", "null", "true", "[]", "[\"mutex\"]", "{}")) {
            all.add(Arguments.of("mode", bad, "mode must be text in double quotes, one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock"));
            all.add(Arguments.of("engine", bad, "engine must be text in double quotes, one of: sim, real"));
        }
        for (String[] bad : new String[][] {{"\"\"", ""}, {"\"parallel\"", "parallel"}, {LONG_TEXT, LONG_SHOWN},
                {"\"mu\\ntex\"", "mu tex"}}) {
            all.add(Arguments.of("mode", bad[0], "mode must be one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock (got \""
                    + bad[1] + "\")"));
            all.add(Arguments.of("engine", bad[0], "engine must be one of: sim, real (got \"" + bad[1] + "\")"));
        }

        for (String[] bad : new String[][] {{"0", "0"}, {"-1", "-1"}, {"0.05", "0.05"}, {"10.5", "10.5"},
                {"99999999999999999999", "99999999999999999999"}, {"1e400", "1E+400"}, {"null", "null"},
                {"true", "true"}, {"[1]", "[1]"}, {"0.12345", "0.12345"}, {"2.5555", "2.5555"}, {"0.0999", "0.0999"}, {"2.5000", "2.5000"}, {"0.1000", "0.1000"}}) {
            all.add(Arguments.of("speed", bad[0], "speed must be a number from 0.1 to 10, with at most two decimals (three below 1) (got \""
                    + bad[1] + "\")"));
        }
        // As --speed: a thousand as Indonesian writes it is refused, not read as 1.
        all.add(Arguments.of("speed", "1.000", "speed 1.000 has three decimals, or is a number in the thousands: give a speed from 0.1 "
                + "to 10 with at most two decimals, such as 2.5"));
        // Not "golanes: this is not…", which read as the program's name said twice, and did not say what it got.
        for (String[] bad : new String[][] {{"\"\"", ""}, {"\"trace\"", "trace"}, {"5", "5"}, {"true", "true"}, {"[]", "[]"}, {"{}", "{}"}}) {
            all.add(Arguments.of("golanes", bad[0], "the field golanes must be \"scenario\" in a GoLanes scenario file (got \""
                    + bad[1] + "\")"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusals")
    void aBadFieldIsRefusedNamingTheFieldAndWhatItAllows(String field, String value, String message) {
        String json = field.equals("mode") ? "{\"mode\": " + value + "}"
                : "{\"mode\": \"mutex\", \"" + field + "\": " + value + "}";
        ScenarioFileException e = refused(json);
        assertEquals(message, e.getMessage());
        assertEquals(field, e.field());
        assertTrue(message.lines().count() == 1, message);
    }

    /** "engine" and "golanes" are read as "mode" is: their case and spaces around them do not matter. */
    @Test
    void theEngineIsReadAsTheModeIs() throws Exception {
        assertEquals("real", ScenarioFile.read("{\"mode\": \"Mutex\", \"engine\": \" REAL \"}".getBytes(StandardCharsets.UTF_8)).engine());
        assertEquals(Mode.MUTEX, ScenarioFile.read("{\"golanes\": \" Scenario\", \"mode\": \"mutex\"}".getBytes(StandardCharsets.UTF_8)).scenario().mode());
    }

    @Test
    void aMissingModeIsNamed() {
        ScenarioFileException e = refused("{\"calls\": 5}");
        assertEquals("mode is required: one of sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock", e.getMessage());
        assertEquals("mode", e.field());
    }

    @Test
    void anUnknownFieldIsNamedShortAndOnOneLine() {
        ScenarioFileException e = refused("{\"mode\": \"mutex\", \"colour\\n" + "x".repeat(5_000) + "\": 1}");
        assertEquals("colour " + "x".repeat(17) + "…: unknown field; the fields are: calls, delay, delays, engine, hold, "
                + "maxDelay, mode, seed, speed", e.getMessage());
    }

    /** A run exported as JSON (also a .json) opened as a scenario is named for what it is. */
    @Test
    void aRunExportedAsJsonIsNamedForWhatItIs() throws Exception {
        java.io.StringWriter json = new java.io.StringWriter();
        dev.golanes.export.ChromeTraceJson.write(dev.golanes.engine.Simulator.run(Scenario.defaults(Mode.MUTEX, 42)), json);
        ScenarioFileException e = refused(json.toString());
        assertTrue(e.getMessage().startsWith("this is a run exported as JSON"), e.getMessage());
    }

    /** The file's own keys, not the command line's flags: the reader of a file may never have seen the flags. */
    @Test
    void twoDelaySettingsAreNamedAsTheFileSpellsThem() {
        ScenarioFileException e = refused("{\"mode\": \"mutex\", \"delays\": [1, 2], \"maxDelay\": 500}");
        assertEquals("delays: choose one of maxDelay, delay or delays, not several", e.getMessage());
        assertEquals("delays", e.field());
    }

    @Test
    void aDelayListThatDoesNotMatchTheCallsIsNamed() {
        ScenarioFileException e = refused("{\"mode\": \"mutex\", \"calls\": 4, \"delays\": [1, 2, 3]}");
        assertEquals("delays lists 3 delays for 4 calls: give one delay per call", e.getMessage());
    }

    @Test
    void messagesSpeakTheUsersLanguage() {
        ScenarioFileException e = refused("{\"mode\": 5}");
        assertEquals("mode harus teks dalam tanda kutip ganda, salah satu dari: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock",
                e.message(Texts.forLocale(Locale.forLanguageTag("id"))));
    }

    /** The edges of every range are taken, so the refusals above are not blanket. */
    @Test
    void theEdgesOfEveryRangeAreTaken() throws Exception {
        ScenarioFile.Contents contents = read("{\"golanes\": \"scenario\", \"mode\": \"race\", \"calls\": 2, "
                + "\"delays\": [0, 600000], \"hold\": 60000, \"seed\": -9223372036854775808, \"engine\": \"real\", "
                + "\"speed\": 0.1}");
        assertEquals(new Scenario(Mode.RACE, 2, new DelaySpec.Listed(List.of(0L, 600_000L)), 60_000, Long.MIN_VALUE),
                contents.scenario());
        assertEquals("real", contents.engine());
        assertEquals(0.1, contents.speed());
        assertEquals(0.125, read("{\"mode\": \"mutex\", \"speed\": 0.125}").speed(), "three decimals below 1, as --speed takes");
        assertEquals(2.5, read("{\"mode\": \"mutex\", \"speed\": 2.50}").speed(), "two decimals");
        assertEquals(1, read("{\"mode\": \"mutex\", \"speed\": 1E0}").speed(), "written with an exponent");
        assertEquals(9.99, read("{\"mode\": \"mutex\", \"speed\": 9.99}").speed());
        assertEquals(1_000_000, read("{\"mode\": \"mutex\", \"calls\": 1e6, \"maxDelay\": 1, \"hold\": 0, \"speed\": 10}")
                .scenario().calls());
    }

    /** A file that is missing or may not be read is refused in words, for the window's Open as for the command line. */
    @Test
    void aFileThatCannotBeReadIsSaidToBe(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("nope.golanes.json");
        assertEquals("there is no such file", assertThrows(ScenarioFileException.class, () -> ScenarioFile.readFile(missing)).getMessage());
        Path locked = Files.writeString(folder.resolve("locked.golanes.json"), "{\"mode\": \"mutex\"}");
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "no permission bits here");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this process reads any file (root)");
        assertEquals("you may not read this file (permission denied)",
                assertThrows(ScenarioFileException.class, () -> ScenarioFile.readFile(locked)).getMessage());
    }

    /**
     * The permission denied half of the test above, where the process reads any file: that half skips
     * under root, as CI runs, so "permission denied" could turn into "cannot be read" unseen. Here the
     * file is opened as the system opens it for a user who may not read it; any other failure is
     * still "cannot be read".
     */
    @Test
    void aFileTheProcessMayNotReadIsSaidToBeDeniedEvenUnderRoot(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("locked.golanes.json"), "{\"mode\": \"mutex\"}");
        assertEquals("you may not read this file (permission denied)", assertThrows(ScenarioFileException.class,
                () -> ScenarioFile.readFile(file, path -> {
                    throw new AccessDeniedException(path.toString());
                })).getMessage());
        assertEquals("the file cannot be read", assertThrows(ScenarioFileException.class,
                () -> ScenarioFile.readFile(file, path -> {
                    throw new IOException("Input/output error");
                })).getMessage());
        assertEquals(Mode.MUTEX, ScenarioFile.readFile(file, Files::newInputStream).scenario().mode(), "opened for real, it reads");
    }

    @Test
    void aSavedScenarioReadsBackTheSame() throws Exception {
        Scenario scenario = new Scenario(Mode.CONCURRENT, 3, new DelaySpec.Listed(List.of(1200L, 300L, 1800L)), 0, -7);
        ScenarioFile.Contents contents = read(ScenarioFile.write(scenario, "sim", 2.5));
        assertEquals(scenario, contents.scenario());
        assertEquals(2.5, contents.speed());
    }

    private static void wholeNumber(List<Arguments> all, String field, long min, String max, String overMax) {
        String range = field + " must be a whole number from " + min + " to " + max;
        // Echoed as a number out of range is: "hold": "300ms" said only what hold must be.
        for (String bad : NOT_NUMBERS) {
            all.add(Arguments.of(field, bad, range + " (got \"" + bad.replace("\"", "") + "\")"));
        }
        for (String[] bad : new String[][] {{"-5", "-5"}, {"2.5", "2.5"}, {overMax, overMax},
                {"99999999999999999999", "99999999999999999999"}, {"1e400", "1E+400"}, {"1e-3", "0.001"}}) {
            all.add(Arguments.of(field, bad[0], range + " (got \"" + bad[1] + "\")"));
        }
        if (min > 0) {
            all.add(Arguments.of(field, "0", range + " (got \"0\")"));
        }
    }

    private static ScenarioFile.Contents read(String json) throws ScenarioFileException {
        return ScenarioFile.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ScenarioFileException refused(String json) {
        return assertThrows(ScenarioFileException.class, () -> read(json), json);
    }
}
