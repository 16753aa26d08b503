package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.export.ExportFormat;
import dev.golanes.export.FigureSize;
import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line becomes a command, or one line that names the flag and what it allows. */
class CommandLineTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    @Test
    void runReadsTheScenario() throws Exception {
        Command.Run run = assertInstanceOf(Command.Run.class, parse("run", "--mode", "mutex", "--seed", "42"));
        assertEquals(Scenario.defaults(Mode.MUTEX, 42), run.scenario());
        assertTrue(run.seedGiven());
    }

    /** The pitfall button says "No Lock"; a teacher copying it from the slide gets that program. */
    @Test
    void modeTakesThePitfallButtonsNames() throws Exception {
        assertEquals(Mode.DOUBLE_UNLOCK, assertInstanceOf(Command.Run.class, parse("run", "--mode", "No Lock")).scenario().mode());
        assertEquals(Mode.MISSING_DONE, assertInstanceOf(Command.Run.class, parse("run", "--mode=No Done")).scenario().mode());
    }

    @Test
    void flagsTakeTheirValueAfterAnEqualsSign() throws Exception {
        Command.Run run = assertInstanceOf(Command.Run.class,
                parse("run", "--mode=concurrent", "--calls=7", "--max-delay=50", "--hold=0", "--seed=3"));
        assertEquals(new Scenario(Mode.CONCURRENT, 7, new DelaySpec.Random(50), 0, 3), run.scenario());
    }

    @Test
    void negativeSeedIsAValueNotAFlag() throws Exception {
        Command.Run run = assertInstanceOf(Command.Run.class, parse("run", "--seed", "-5"));
        assertEquals(-5, run.scenario().seed());
    }

    @Test
    void runWithoutSeedDrawsOneAndSaysSo() throws Exception {
        Command.Run run = assertInstanceOf(Command.Run.class, parse("run"));
        assertFalse(run.seedGiven());
    }

    @Test
    void noCommandOpensTheWindowPreset() throws Exception {
        Command.Window window = assertInstanceOf(Command.Window.class, parse("--mode", "mutex", "--seed", "42"));
        assertEquals(Scenario.defaults(Mode.MUTEX, 42), window.scenario());
        assertFalse(window.selfTest());
        assertTrue(assertInstanceOf(Command.Window.class, parse("--self-test")).selfTest());
    }

    /** The window draws every lane, so it takes fewer calls; run and export take a million. */
    @Test
    void windowTakesFewerCallsThanTheCommandLine() throws Exception {
        UsageException e = assertThrows(UsageException.class, () -> parse("--calls", "10001"));
        assertEquals("--calls can be at most 10,000 in the window (golanes run and export take up to 1,000,000)",
                e.getMessage());
        assertEquals(10_000, assertInstanceOf(Command.Window.class, parse("--calls", "10000")).scenario().calls());
        assertEquals(1_000_000, assertInstanceOf(Command.Run.class, parse("run", "--calls", "1000000")).scenario().calls());
    }

    @Test
    void theEngineIsTheSimulatorUnlessRealIsAsked() throws Exception {
        assertEquals(EngineKind.SIM, assertInstanceOf(Command.Run.class, parse("run")).engine());
        assertEquals(EngineKind.SIM, assertInstanceOf(Command.Run.class, parse("run", "--engine", "sim")).engine());
        assertEquals(EngineKind.REAL, assertInstanceOf(Command.Run.class, parse("run", "--engine", "real")).engine());
        assertEquals(EngineKind.REAL, assertInstanceOf(Command.Export.class,
                parse("export", "--format", "json", "--out", "t.json", "--engine=REAL")).engine());
        assertEquals(EngineKind.REAL, assertInstanceOf(Command.Window.class, parse("--mode", "mutex", "--engine", "real")).engine());
        assertEquals(EngineKind.SIM, assertInstanceOf(Command.Window.class, parse()).engine());
    }

    /**
     * On Java 17 to 20 every call of a real run is an operating-system thread, except in sequential,
     * where main calls each dbCall itself.
     */
    @Test
    @EnabledForJreRange(max = JRE.JAVA_20)
    void realThreadsWithoutVirtualThreadsTakeAtMostTenThousandCalls() throws Exception {
        assertEquals(RealEngine.MAX_PLATFORM_CALLS, assertInstanceOf(Command.Run.class,
                parse("run", "--engine", "real", "--mode", "concurrent", "--calls", "10000")).scenario().calls());
        assertEquals(10_001, assertInstanceOf(Command.Run.class,
                parse("run", "--engine", "real", "--mode", "sequential", "--calls", "10001")).scenario().calls());
        UsageException e = assertThrows(UsageException.class,
                () -> parse("run", "--engine", "real", "--mode", "concurrent", "--calls", "10001"));
        assertEquals("--calls can be at most 10,000 with --engine real on Java " + Runtime.version().feature()
                + " (one operating-system thread per call); Java 21 or later runs up to 1,000,000 calls on virtual threads",
                e.getMessage());
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void virtualThreadsTakeAMillionCalls() throws Exception {
        assertEquals(1_000_000, assertInstanceOf(Command.Run.class,
                parse("run", "--engine", "real", "--calls", "1000000")).scenario().calls());
    }

    @Test
    void exportReadsFormatAndFile() throws Exception {
        Command.Export export = assertInstanceOf(Command.Export.class,
                parse("export", "--format", "CSV", "--out", "calls.csv", "--delays", "1,2"));
        assertEquals(ExportFormat.CSV, export.format());
        assertEquals(Path.of("calls.csv"), export.out());
        assertEquals(2, export.scenario().calls());
    }

    /**
     * Without --format, --out's extension names it, as in the window's export dialog: a lecturer's
     * script of pictures gave "--format is required" for {@code --out slide.png}.
     */
    @Test
    void theFilesExtensionGivesTheFormat() throws Exception {
        assertEquals(ExportFormat.PNG, assertInstanceOf(Command.Export.class,
                parse("export", "--out", "slides/Mutex.PNG", "--scale", "2")).format());
        assertEquals(ExportFormat.CSV, assertInstanceOf(Command.Export.class, parse("export", "--out", "calls.csv")).format());
        assertEquals(ExportFormat.SVG, assertInstanceOf(Command.Compare.class,
                parse("compare", "--out", "compare.svg")).picture().orElseThrow().format());
        // --format still decides when given.
        assertEquals(ExportFormat.JSON, assertInstanceOf(Command.Export.class,
                parse("export", "--out", "week3.v2", "--format", "json")).format());
    }

    /** An extension --format does not know is the user's choice; only none, or another format's, is refused. */
    @Test
    void anExtensionOfNoFormatIsTheUsersChoice() throws Exception {
        assertEquals(Path.of("slide.jpg"), assertInstanceOf(Command.Export.class,
                parse("export", "--format", "png", "--out", "slide.jpg")).out());
        assertEquals(Path.of("week3.v2"), assertInstanceOf(Command.Export.class,
                parse("export", "--format", "json", "--out", "week3.v2")).out());
    }

    @Test
    void picturesTakeSizeScaleAndMoment() throws Exception {
        Command.Export export = assertInstanceOf(Command.Export.class, parse("export", "--format", "png", "--out", "a.png",
                "--scale", "3", "--width=1000", "--height", "600", "--at", "2600"));
        assertEquals(ExportFormat.PNG, export.format());
        assertEquals(new FigureSize(1000, 600, 3, false), export.size());
        assertEquals(OptionalLong.of(2600), export.atMillis());
    }

    /** Without --height the default is a most: a run with five calls gets no blank band under its legend. */
    @Test
    void picturesDefaultToASlideAtTheEndOfTheRun() throws Exception {
        Command.Export export = assertInstanceOf(Command.Export.class, parse("export", "--format", "svg", "--out", "a.svg"));
        assertEquals(FigureSize.DEFAULT, export.size());
        assertEquals(new FigureSize(1280, 720, 1, true), export.size());
        assertEquals(OptionalLong.empty(), export.atMillis());
    }

    /**
     * One side alone makes the other 16:9 with it, as the defaults are, within its range; without
     * --height the height is still a most, so the lanes' needs can make it less.
     */
    @Test
    void oneSideGivenMakesTheOtherSixteenByNine() throws Exception {
        assertEquals(new FigureSize(1920, 1080, 1, true), exportSize("png", "--width", "1920"));
        assertEquals(new FigureSize(1000, 563, 1, true), exportSize("png", "--width", "1000"), "rounded");
        assertEquals(new FigureSize(1920, 1080, 2, false), exportSize("png", "--height", "1080", "--scale", "2"));
        assertEquals(new FigureSize(320, 240, 1, true), exportSize("png", "--width", "320"), "180 is under the least height");
        assertEquals(new FigureSize(20_000, 100_000, 1, false), exportSize("svg", "--height", "100000"), "over the widest");
        assertEquals(new FigureSize(1920, 1080, 1, false), compareSize("--width", "1920"));
        assertEquals(new FigureSize(1280, 720, 1, false), compareSize("--height", "720"), "720 is in compare's range");
        assertEquals(new FigureSize(640, 480, 1, false), compareSize("--width", "640"), "360 is under compare's least height");
        assertEquals(new FigureSize(853, 480, 1, false), compareSize("--height", "480"));
        // A PNG's side not given is no larger than its pixel limit leaves: a height in its range is not
        // refused for a 16:9 width the user never typed (--height 7000 made 12444 x 7000).
        assertEquals(new FigureSize(7142, 7000, 1, false), exportSize("png", "--height", "7000"));
        // An export's height is fitted to its calls first, and cut to the limit after (Cli).
        assertEquals(new FigureSize(12_000, 6750, 1, true), exportSize("png", "--width", "12000"));
        assertEquals(new FigureSize(3571, 3500, 2, false), exportSize("png", "--height", "3500", "--scale", "2"));
        assertEquals(new FigureSize(12_444, 7000, 1, false), exportSize("svg", "--height", "7000"), "an SVG has no such limit");
    }

    /**
     * Where the PNG's pixel limit makes the side not given less than 16:9, standard error says so and
     * names the scale that keeps 16:9: --width 3840 --scale 4 quietly wrote a 15360 x 3252 strip.
     */
    @Test
    void aSideCutByThePixelLimitIsSaid() throws Exception {
        // An export given its width is fitted to its calls first, at 16:9 at most: the limit is met then (Cli).
        String[] line = {"export", "--format", "png", "--out", "a.png", "--width", "3840", "--scale", "4"};
        Command.Export export = assertInstanceOf(Command.Export.class, parse(line));
        assertEquals(new FigureSize(3840, 2160, 4, true), export.size());
        assertEquals("", export.sizeNote());
        assertEquals("golanes: --height 813, not 2160 (16:9 with --width 3840): at --scale 4 a PNG has at most 50 million pixels;"
                + " --scale 2 keeps 16:9, or export svg",
                CommandLine.cutByThePixelLimit(Texts.forLocale(Locale.ENGLISH), new FigureSize(3840, 813, 4, true), true, 2160));
        assertEquals("golanes: --width 7142, not 12444 (16:9 with --height 7000): a PNG has at most 50 million pixels;"
                + " a smaller --height keeps 16:9, or export svg",
                assertInstanceOf(Command.Export.class, parse("export", "--format", "png", "--out", "a.png", "--height", "7000")).sizeNote());
        Command.Compare compare = assertInstanceOf(Command.Compare.class,
                parse("compare", "--format", "png", "--out", "c.png", "--width", "3840", "--scale", "4"));
        assertTrue(compare.picture().orElseThrow().sizeNote().startsWith("golanes: --height 813, not 2160"),
                compare.picture().orElseThrow().sizeNote());
        for (String[] kept : List.of(new String[] {"--width", "3840", "--scale", "2"}, new String[] {"--width", "1920"},
                new String[] {"--height", "1080", "--scale", "4"}, new String[] {"--width", "3840", "--height", "800", "--scale", "4"})) {
            Command.Export fine = assertInstanceOf(Command.Export.class,
                    parse(concat(new String[] {"export", "--format", "png", "--out", "a.png"}, kept)));
            assertEquals("", fine.sizeNote(), String.join(" ", kept));
        }
        assertEquals("", assertInstanceOf(Command.Export.class,
                parse("export", "--format", "svg", "--out", "a.svg", "--height", "7000")).sizeNote(), "an SVG has no such limit");
    }

    private static FigureSize exportSize(String format, String... flags) throws UsageException {
        String[] line = {"export", "--format", format, "--out", "a." + format};
        return assertInstanceOf(Command.Export.class, parse(concat(line, flags))).size();
    }

    private static FigureSize compareSize(String... flags) throws UsageException {
        String[] line = {"compare", "--format", "png", "--out", "c.png"};
        return assertInstanceOf(Command.Compare.class, parse(concat(line, flags))).picture().orElseThrow().size();
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second)).toArray(String[]::new);
    }

    @Test
    void helpAndVersionWinWherever() throws Exception {
        assertInstanceOf(Command.Help.class, parse("--help"));
        assertInstanceOf(Command.Help.class, parse("-h"));
        assertInstanceOf(Command.Help.class, parse("help"));
        assertInstanceOf(Command.Help.class, parse("run", "--calls", "3", "--help"));
        assertInstanceOf(Command.Version.class, parse("--version"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run --calls 0                      | --calls must be a whole number from 1 to 1,000,000 (got \"0\")",
        "--calls 0                          | --calls must be a whole number from 1 to 10,000 (got \"0\")",
        "run --calls -1                     | --calls must be a whole number from 1 to 1,000,000 (got \"-1\")",
        "run --calls                        | --calls needs a value: a whole number from 1 to 1,000,000",
        "run --calls --seed 4               | --calls needs a value: a whole number from 1 to 1,000,000",
        "run --hold 60001                   | --hold must be a whole number from 0 to 60,000 (got \"60001\")",
        "run --max-delay 0                  | --max-delay must be a whole number from 1 to 600,000 (got \"0\")",
        "run --delay 1.5                    | --delay must be a whole number from 0 to 600,000 (got \"1.5\")",
        "run --seed x                       | --seed must be a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807 (got \"x\")",
        "run --mode parallel                | --mode must be one of: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock (got \"parallel\")",
        "run --mode                         | --mode needs a value: sequential, concurrent, mutex, race, add-inside, missing-done, double-unlock, unlock-without-lock",
        "run --max-delay 5 --delay 3        | --delay: choose one of --max-delay, --delay or --delays, not several",
        "run --calls 4 --delays 1,2,3       | --delays lists 3 delays for 4 calls: give one delay per call",
        "run --calls 1 --delays 1,2         | --delays lists 2 delays for 1 call: give one delay per call",
        "run --delays 1,x                   | --delays: entry 2 of 2 must be whole milliseconds from 0 to 600,000, such as 1200,300,1800 (got \"x\")",
        "run --delays 1200,,300             | --delays: entry 2 of 3 is empty; give each call whole milliseconds from 0 to 600,000, such as 1200,300,1800",
        "run --delays x                     | --delays must be a comma-separated list of whole milliseconds from 0 to 600,000, such as 1200,300,1800 (got \"x\")",
        "run --bogus                        | unknown option --bogus",
        "run extra                          | unexpected word \"extra\": options start with --",
        "frobnicate                         | unknown command \"frobnicate\": use run, compare, export or no command to open the window",
        "run --format json                  | --format only works with golanes export or golanes compare",
        "run --out x.json                   | --out only works with golanes export or golanes compare",
        "run --self-test                    | --self-test only applies to the window, which golanes opens when given no command (golanes --self-test …), not to golanes run",
        "run --engine fast                  | --engine must be one of: sim, real (got \"fast\")",
        "run --engine                       | --engine needs a value: sim, real",
        "--engine threads                   | --engine must be one of: sim, real (got \"threads\")",
        "export --out x.trace               | --format is required: png, svg, json, csv",
        "export --out x                     | --format is required: png, svg, json, csv",
        "export --format json               | --out is required: a file name",
        "export --format xml --out x        | --format must be one of: png, svg, json, csv (got \"xml\")",
        "export --format json --out         | --out needs a value: a file name",
        "export --format png --out x.svg    | --out x.svg ends in .svg but --format is png: name the file x.png, or give --format svg",
        "export --format json --out slides/run.CSV | --out run.CSV ends in .csv but --format is json: name the file run.json, or give --format csv",
        "export --format json --out lesson.golanes.json | --out lesson.golanes.json has a scenario file's name, but --format json writes a run: name it lesson.json",
        "export --format json --out LESSON.GOLANES.JSON | --out LESSON.GOLANES.JSON has a scenario file's name, but --format json writes a run: name it LESSON.json",
        "export --format png --out x                 | --out x has no extension: name it x.png",
        "export --format svg --out slides/week3      | --out week3 has no extension: name it week3.svg",
        "export --format csv --out calls.            | --out calls. has no extension: name it calls.csv",
        "export --out .png                           | --out .png is an extension with no name, which makes a hidden file: give a name before it, such as run.png",
        "export --format svg --out slides/.svg       | --out .svg is an extension with no name, which makes a hidden file: give a name before it, such as run.svg",
        "compare --out .png                          | --out .png is an extension with no name, which makes a hidden file: give a name before it, such as run.png",
        "export --format json --out x --width 800    | --out x has no extension: name it x.json",
        "compare --format png --out c                | --out c has no extension: name it c.png",
        "export --format csv --out x.csv.            | --out x.csv. has no extension: name it x.csv",
        "export --format csv --out X.CSV.            | --out X.CSV. has no extension: name it X.CSV",
        "export --format png --out x.svg.            | --out x.svg. has no extension: name it x.png",
        "export --out - --format png                 | --out - would make a file named \"-\": exports are written to files only, so give a file name such as run.png",
        "export --format csv --out x.csv --scale 2   | --scale only works with golanes export --format png",
        "export --format png --out week3-mutex-slide-final.svg | --out week3-mutex-slide-final.svg ends in .svg but --format is png: name the file week3-mutex-slide-final.png, or give --format svg",
        "export --format json --out lesson-mutex.golanes.json | --out lesson-mutex.golanes.json has a scenario file's name, but --format json writes a run: name it lesson-mutex.json",
        "export --format svg --out week3/slides-for-the-mutex-lesson/ | --out week3/slides-for-the-mutex-lesson/ names a folder: add the file's name after it",
        "export --format png --out x --scale 5       | --scale must be a whole number from 1 to 4 (got \"5\")",
        "export --format png --out x --scale 1.5     | --scale must be a whole number from 1 to 4 (got \"1.5\")",
        "export --format png --out x --scale         | --scale needs a value: a whole number from 1 to 4",
        "export --format png --out x --width 100     | --width must be a whole number from 320 to 20,000 (got \"100\")",
        "export --format svg --out x --height 0      | --height must be a whole number from 240 to 100,000 (got \"0\")",
        "export --format png --out x --at -1         | --at must be a whole number of milliseconds, 0 or more (got \"-1\")",
        "export --format png --out x --at soon       | --at must be a whole number of milliseconds, 0 or more (got \"soon\")",
        "export --format png --out x --at            | --at needs a value: a whole number of milliseconds, 0 or more",
        "export --format json --out x.json --at 5    | --at only works with golanes export --format png or svg",
        "export --format csv --out x.csv --width 800 | --width only works with golanes export --format png or svg",
        "export --out x.json --theme dark            | --theme only works with golanes export --format png or svg",
        "export --format svg --out x.svg --scale 2   | --scale only works with --format png: an SVG is sharp at any size",
        "run --scale 2                               | --scale only works with golanes export or golanes compare",
        "--at 5                                      | --at only works with golanes export or golanes compare",
        "compare --format json --out x.json          | golanes compare draws the comparison as a picture: --format png or svg, not json",
        "compare --format png                        | --out is required: a file name",
        "compare --out c.json                        | golanes compare draws the comparison as a picture: --format png or svg, not json",
        "compare --out c                             | --format is required: png, svg",
        "export --out lesson.golanes.json            | --out lesson.golanes.json has a scenario file's name, but --format json writes a run: name it lesson.json",
        "export --out slide.svg.                     | --out slide.svg. has no extension: name it slide.svg",
        "compare --width 800                         | --width is for golanes compare's picture: give --format png or svg and --out FILE too",
        "compare --theme dark                        | --theme is for golanes compare's picture: give --format png or svg and --out FILE too",
        "compare --format gif --out c.gif            | --format must be one of: png, svg (got \"gif\")",
        "compare --format png --out c.png --width 300 | --width must be a whole number from 640 to 20,000 (got \"300\")",
        "compare --format png --out c.png --height 239 | --height must be a whole number from 480 to 100,000 (got \"239\")",
        "compare --format png --out c.svg            | --out c.svg ends in .svg but --format is png: name the file c.png, or give --format svg",
        "compare --format png --out c.png --height 300 | --height must be a whole number from 480 to 100,000 (got \"300\")",
        "compare --format svg --out c.svg --width 320 | --width must be a whole number from 640 to 20,000 (got \"320\")",
        "compare --format svg --out c.svg --scale 2  | --scale only works with --format png: an SVG is sharp at any size",
        "export --format png --out x.png --width 20000 --height 10000 --scale 2 | --width 20000 --height 10000 at --scale 2 makes a 40000 x 20000 picture, over the 50 million pixels a PNG may have: lower --scale, --width or --height, or export svg",
        "export --format png --out x.png --width 20000 --scale 4 | --width 20000 at --scale 4 makes a picture of 80000 x 960 pixels even at the least --height (240), over the 50 million a PNG may have: lower --scale or --width, or export svg",
        "compare --format png --out c.png --height 100000 | --height 100000 makes a picture of 640 x 100000 pixels even at the least --width (640), over the 50 million a PNG may have: lower --height, or export svg",
        "export --format png --out x.png --width 20000 --height 100000 | --width 20000 --height 100000 makes a picture of 20000 x 100000 pixels, over the 50 million a PNG may have: lower --width or --height, or export svg",
    })
    void mistakesGiveOneLineNamingTheFlag(String line, String message) {
        UsageException e = assertThrows(UsageException.class, () -> parse(line.split(" ")));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void mistakesAreWordedInIndonesianToo() {
        UsageException e = assertThrows(UsageException.class,
                () -> CommandLine.parse(Texts.forLocale(Locale.forLanguageTag("id")), "run", "--calls", "0"));
        assertEquals("--calls harus bilangan bulat dari 1 sampai 1.000.000 (tertulis \"0\")", e.getMessage());
        e = assertThrows(UsageException.class,
                () -> CommandLine.parse(Texts.forLocale(Locale.forLanguageTag("id")), "run", "--delays", "1200,,300"));
        assertEquals("--delays: nilai ke-2 dari 3 kosong; beri tiap panggilan milidetik bulat dari 0 sampai 600.000, "
                + "misalnya 1200,300,1800", e.getMessage());
        e = assertThrows(UsageException.class,
                () -> CommandLine.parse(Texts.forLocale(Locale.forLanguageTag("id")), "run", "--delays", "1200,x"));
        assertEquals("--delays: nilai ke-2 dari 2 harus milidetik bulat dari 0 sampai 600.000, misalnya 1200,300,1800 "
                + "(tertulis \"x\")", e.getMessage());
        e = assertThrows(UsageException.class,
                () -> CommandLine.parse(Texts.forLocale(Locale.forLanguageTag("id")), "export", "--format", "png", "--out", "x"));
        assertEquals("--out x tidak berekstensi: beri nama x.png", e.getMessage());
    }

    private static Command parse(String... args) throws UsageException {
        return CommandLine.parse(ENGLISH, args);
    }
}
