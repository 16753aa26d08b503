package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.golanes.engine.EngineKind;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Theme;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.ScenarioFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's look, the language and scenario files, from the command line. */
class CommandLineOptionsTest {
    private static final Texts EN = Texts.forLocale(Locale.ENGLISH);

    @TempDir
    Path folder;

    @Test
    void theWindowOpensInTheAskedLanguageThemeModeAndSpeed() throws Exception {
        Command.Window window = (Command.Window) CommandLine.parse(EN, "--lang", "id", "--theme", "contrast", "--present",
                "--speed", "2.5", "--mode", "race");
        assertEquals(new Command.Look(Locale.forLanguageTag("id"), Theme.CONTRAST, true), window.look());
        assertEquals(2.5, window.speed());
        assertEquals(Mode.RACE, window.scenario().mode());
        assertEquals(Command.Look.DEFAULT, ((Command.Window) CommandLine.parse(EN)).look());
        // As Indonesian writes it, and as the Indonesian keys help shows it (0,1x to 10x).
        assertEquals(0.5, ((Command.Window) CommandLine.parse(EN, "--lang", "id", "--speed", "0,5")).speed());
    }

    @Test
    void theLanguageIsKnownBeforeTheRestIsRead() {
        assertEquals(Locale.forLanguageTag("id"), CommandLine.languageOf("run", "--calls", "x", "--lang=id"));
        assertNull(CommandLine.languageOf("run"));
        assertNull(CommandLine.languageOf("--lang", "fr"));
        assertEquals(Locale.ENGLISH, CommandLine.languageOf("--lang", "id", "--lang", "en"), "the last, as parsing takes it");
    }

    @Test
    void badLookValuesNameTheFlagAndTheChoices() throws Exception {
        assertEquals("--lang must be one of: en, id (got \"fr\")", message("--lang", "fr"));
        assertEquals("--theme must be one of: light, dark, contrast (got \"neon\")", message("--theme", "neon"));
        assertEquals("--speed must be a number from 0.1 to 10, with at most two decimals (three below 1) (got \"11\")", message("--speed", "11"));
        assertEquals("--speed must be a number from 0.1 to 10, with at most two decimals (three below 1) (got \"fast\")", message("--speed", "fast"));
        // A thousand, as English and Indonesian write it: not read as 1.
        for (String bad : List.of("5d", "0x1p0", "1e0", ".5", "Infinity")) {
            assertEquals("--speed must be a number from 0.1 to 10, with at most two decimals (three below 1) (got \"" + bad + "\")", message("--speed", bad));
        }
        for (String thousand : List.of("1,000", "1.000", "1.125")) {
            assertEquals("--speed " + thousand + " has three decimals, or is a number in the thousands: give a speed from 0.1 to 10 with at most"
                    + " two decimals, such as 2.5", message("--speed", thousand));
        }
        for (String good : List.of("0.1", "0,25", "0.125", "1", "2.5", "10")) {
            assertEquals(Double.parseDouble(good.replace(',', '.')), ((Command.Window) CommandLine.parse(EN, "--speed", good)).speed());
        }
    }

    /** --present takes no value: --present=no would open presenting, as if "no" were read. */
    @Test
    void presentTakesNoValue() {
        assertEquals("--present takes no value (got \"no\")", message("--present=no"));
    }

    /** A command after the options is named as a command, not as a stray word. */
    @Test
    void aCommandAfterTheOptionsIsSaidToGoFirst() {
        assertEquals("run is a command: put it first, before the options (golanes run --seed 7)", message("--seed", "1", "run"));
        assertEquals("unexpected word \"run\": options start with --", message("compare", "--seed", "1", "run"),
                "a command is first already");
    }

    /**
     * A window flag given to another command says that it is for the window, and how the window is
     * opened: "only works with golanes" read as if golanes run were not golanes.
     */
    @Test
    void aWindowFlagGivenToACommandSaysItIsForTheWindow() {
        assertEquals("--speed only applies to the window, which golanes opens when given no command (golanes --speed …), "
                + "not to golanes run", message("run", "--speed", "2"));
        assertEquals("--present only applies to the window, which golanes opens when given no command (golanes --present …), "
                + "not to golanes export", message("export", "--present"));
        assertEquals("--self-test only applies to the window, which golanes opens when given no command (golanes --self-test …), "
                + "not to golanes compare", message("compare", "--self-test"));
        assertEquals("--theme only applies to the window, which golanes opens when given no command, and to golanes export and golanes compare, "
                + "not to golanes run", message("run", "--theme", "dark"));
        UsageException e = assertThrows(UsageException.class,
                () -> CommandLine.parse(Texts.forLocale(Locale.forLanguageTag("id")), "run", "--speed", "2"));
        assertEquals("--speed hanya berlaku untuk jendela, yang dibuka golanes bila tidak diberi perintah (golanes --speed …), "
                + "bukan untuk golanes run", e.getMessage());
    }

    /** The command is checked first, so a flag's message never names a command there is not. */
    @Test
    void anUnknownCommandIsNamedBeforeItsFlags() {
        assertEquals("unknown command \"rn\": use run, compare, export or no command to open the window",
                message("rn", "--speed", "2"));
    }

    @Test
    void aScenarioFileIsWhereTheOtherFlagsStartFrom() throws Exception {
        Path file = folder.resolve("class.golanes.json");
        Files.writeString(file, "{\"golanes\": \"scenario\", \"mode\": \"mutex\", \"calls\": 3, \"delays\": [100, 200, 300],"
                + " \"hold\": 50, \"seed\": 9, \"engine\": \"real\", \"speed\": 2}");
        Command.Run run = (Command.Run) CommandLine.parse(EN, "run", "--scenario", file.toString());
        assertEquals(Mode.MUTEX, run.scenario().mode());
        assertEquals(new DelaySpec.Listed(List.of(100L, 200L, 300L)), run.scenario().delays());
        assertEquals(50, run.scenario().holdMs());
        assertEquals(9, run.scenario().seed());
        assertEquals(EngineKind.REAL, run.engine(), "the file's engine, as in the window");
        assertEquals(EngineKind.SIM, ((Command.Run) CommandLine.parse(EN, "run", "--scenario", file.toString(),
                "--engine", "sim")).engine(), "--engine wins over the file");

        Command.Run changed = (Command.Run) CommandLine.parse(EN, "run", "--seed", "7", "--scenario", file.toString(),
                "--delay", "100", "--calls", "2");
        assertEquals(7, changed.scenario().seed(), "flags win, wherever they stand");
        assertEquals(new DelaySpec.Fixed(100), changed.scenario().delays(), "a delay flag replaces the file's delays");
        assertEquals(2, changed.scenario().calls());

        Command.Window window = (Command.Window) CommandLine.parse(EN, "--scenario", file.toString());
        assertEquals(EngineKind.REAL, window.engine());
        assertEquals(2, window.speed());
        assertEquals(file, window.file(), "the window names the file it opened");
        assertNull(((Command.Window) CommandLine.parse(EN, "--mode", "mutex")).file());
    }

    /** Compare runs every program on a lesson file's delays: the file's mode is left aside, not blamed as --mode. */
    @Test
    void aScenarioFileCanBeCompared() throws Exception {
        Path file = folder.resolve("class.golanes.json");
        Files.writeString(file, "{\"mode\": \"mutex\", \"delays\": [100, 200, 300], \"seed\": 9}");
        Command.Compare compare = (Command.Compare) CommandLine.parse(EN, "compare", "--scenario", file.toString());
        assertEquals(new DelaySpec.Listed(List.of(100L, 200L, 300L)), compare.scenario().delays());
        assertEquals(9, compare.scenario().seed());
        assertEquals("--mode does not apply to golanes compare: it runs every program",
                message("compare", "--scenario", file.toString(), "--mode", "race"));
    }

    /**
     * A value from the file that the flags make wrong is named as the file has it, not as a flag never
     * typed; --calls against the file's list of delays names both, and what to do.
     */
    @Test
    void aProblemWithTheFilesValueNamesTheFile() throws Exception {
        Path three = folder.resolve("d3.json");
        Files.writeString(three, "{\"mode\": \"mutex\", \"delays\": [1, 2, 3]}");
        assertEquals("--calls 5 does not match the 3 delays the scenario file d3.json lists: leave out --calls, or give the"
                + " delays too (--delays, --delay or --max-delay)", message("run", "--scenario", three.toString(), "--calls", "5"));
        assertEquals(5, ((Command.Run) CommandLine.parse(EN, "run", "--scenario", three.toString(), "--calls", "5", "--delay", "100"))
                .scenario().calls(), "with the delays given too, 5 calls it is");
        Path many = folder.resolve("calls20k.json");
        Files.writeString(many, "{\"mode\": \"mutex\", \"calls\": 20000}");
        assertEquals("--scenario calls20k.json: calls can be at most 10,000 in the window (golanes run and export take up to 1,000,000)",
                message("--scenario", many.toString()));
        assertEquals("--calls can be at most 10,000 in the window (golanes run and export take up to 1,000,000)",
                message("--scenario", three.toString(), "--calls", "20000", "--max-delay", "5"), "typed: the flag");
        assertEquals("--calls must be a whole number from 1 to 1,000,000 (got \"abc\")",
                message("run", "--scenario", three.toString(), "--calls", "abc"), "a wrong value typed is the flag's");
    }

    /**
     * A file that is not there is named with its folder, as typed: "/nonexist.golanes.json" was said as
     * "nonexist.golanes.json", a file the user may have in the folder they are in.
     */
    @Test
    void aMissingScenarioFileIsSaidToBeMissing() {
        String missing = folder.resolve("nope.golanes.json").toString();
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse(EN, "run", "--scenario", missing));
        assertEquals("--scenario " + missing + ": there is no such file", e.getMessage());
        assertEquals("--scenario lessons/nope.golanes.json: there is no such file",
                message("run", "--scenario", "lessons/nope.golanes.json"));
    }

    /** A file's name is said whole: cut at 24 characters it could not be found or typed again. */
    @Test
    void aLongScenarioFileNameIsSaidWhole() {
        String missing = folder.resolve("week3-mutex-lesson-for-class-7b.golanes.json").toString();
        assertEquals("--scenario " + missing + ": there is no such file", message("run", "--scenario", missing));
    }

    @Test
    void aBadScenarioFileIsRefusedNamingTheFileAndTheField() throws Exception {
        Path file = folder.resolve("bad.golanes.json");
        Files.writeString(file, "{\"mode\": \"mutex\", \"calls\": 0}");
        assertEquals("--scenario bad.golanes.json: calls must be a whole number from 1 to 1,000,000 (got \"0\")",
                message("run", "--scenario", file.toString()));
        assertTrue(message("run", "--scenario", folder.toString()).endsWith(
                ": this is not a file but a folder or a device: a scenario file is a few lines of text"), "a folder");
        assertEquals("--scenario needs a value: a file name", message("run", "--scenario"));
        assertEquals("--scenario needs a value: a file name", message("run", "--scenario", ""), "an empty name");
        assertEquals("--scenario needs a value: a file name", message("run", "--scenario="));
    }

    /** The run's data written over the scenario file it came from would lose the file: refused, naming --out. */
    @Test
    void anExportDoesNotWriteOverItsScenarioFile() throws Exception {
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, "{\"golanes\": \"scenario\", \"mode\": \"mutex\"}");
        assertEquals("--out lesson.json is the scenario file given with --scenario: writing there would lose it; name another file",
                message("export", "--scenario", file.toString(), "--format", "json", "--out", file.toString()));
        Path same = folder.resolve("sub/../lesson.json");
        Files.createDirectories(folder.resolve("sub"));
        assertEquals("--out lesson.json is the scenario file given with --scenario: writing there would lose it; name another file",
                message("export", "--scenario", file.toString(), "--format", "json", "--out", same.toString()));
    }

    /** A device picked by mistake is refused at once, not read until memory runs out. */
    @Test
    void aDeviceIsNotReadAsAScenarioFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertEquals("--scenario /dev/zero: this is not a file but a folder or a device: a scenario file is a few lines of text",
                message("run", "--scenario", zero.toString()));
    }

    /** A file over the limit is refused after reading no more than the limit and one byte. */
    @Test
    void aFileLargerThanAScenarioFileCanBeIsRefused() throws Exception {
        Path big = folder.resolve("big.golanes.json");
        Files.write(big, new byte[ScenarioFile.MAX_BYTES + 1]);
        assertEquals("--scenario " + big + ": the file is larger than 1 MB: a scenario file is a few lines",
                message("run", "--scenario", big.toString()));
    }

    private static String message(String... args) {
        return assertThrows(UsageException.class, () -> CommandLine.parse(EN, args)).getMessage();
    }
}
