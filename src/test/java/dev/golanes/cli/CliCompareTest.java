package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCompareTest {
    private static final Texts EN = Texts.forLocale(Locale.ENGLISH);

    @Test
    void printsTheTableOfTotalsForTheSameDelays() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Cli(EN, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(EN, "compare", "--delays", "1200,300,1800,1800", "--seed", "7"));
        assertEquals(0, status);
        assertEquals("""
                program      total        why
                sequential   5.1s         the sum of the sleeps: 5100 ms
                concurrent   1.8s         the longest sleep: 1800 ms
                mutex        2.4s         the longest sleep (1800 ms) plus 600 ms of waiting for and holding the lock
                race         2.1s         the longest sleep (1800 ms) plus the 300 ms read-write gap; 1 of 4 ids lost to overlapping appends
                """, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    /**
     * With --format and --out, compare also draws the comparison, as the Compare window shows it: the
     * table still goes to standard output, and the picture has the size asked for.
     */
    @Test
    void drawsTheComparisonToAPicture(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("compare.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(EN, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(CommandLine.parse(EN, "compare", "--seed", "42", "--delay", "2000", "--format", "png", "--out",
                        png.toString(), "--width", "1600", "--height", "900", "--scale", "2", "--theme", "dark"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("sequential   10s"), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote " + png + " (3200 x 1800 pixels)"),
                err.toString(StandardCharsets.UTF_8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3200, image.getWidth());
        assertEquals(1800, image.getHeight());
        // The dark theme's background, not the light one's white.
        assertTrue((image.getRGB(5, 5) & 0xFFFFFF) != 0xFFFFFF, Integer.toHexString(image.getRGB(5, 5)));

        Path svg = folder.resolve("compare.svg");
        status = new Cli(EN, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(EN, "compare", "--seed", "42", "--delay", "2000", "--format", "svg", "--out",
                        svg.toString(), "--at", "3000"));
        assertEquals(0, status);
        String text = Files.readString(svg);
        assertTrue(text.contains(">the longest sleep: 2000 ms<"), "concurrent has ended at 3 s");
        assertFalse(text.contains(">the sum of the sleeps"), "sequential has not");
    }

    /** --height alone is a 16:9 picture of that height: all of it, as the four programs share it. */
    @Test
    void aHeightAloneMakesASixteenByNinePicture(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("compare.png");
        assertEquals(0, new Cli(EN, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(EN, "compare", "--seed", "42", "--format", "png", "--out", png.toString(),
                        "--height", "1080")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(List.of(1920, 1080), List.of(image.getWidth(), image.getHeight()));
    }

    /**
     * Twenty calls in the usual 1600 x 900: each program has rows for id1 to id10, and the table's
     * "longest sleep" was id17's, not drawn, with nothing said. Compare says what the picture leaves
     * out and the size that fits every call, as export does; at that size none is left out.
     */
    @Test
    void aPictureWithCallsLeftOutSaysSoAndWhatFitsThem(@TempDir Path folder) throws Exception {
        String svg = folder.resolve("compare.svg").toString();
        String said = compareErr("compare", "--seed", "42", "--calls", "20", "--out", svg);
        java.util.regex.Matcher advice = java.util.regex.Pattern
                .compile("golanes: the picture has room for calls id1 to id10 of 20; --width 1600 --height (\\d+) fits them all\n")
                .matcher(said);
        assertTrue(advice.find(), said);
        String fitting = compareErr("compare", "--seed", "42", "--calls", "20", "--out", svg, "--width", "1600", "--height", advice.group(1));
        assertFalse(fitting.contains("has room for"), fitting);
        assertTrue(Files.readString(Path.of(svg)).contains(">id20<"), "the picture draws id20's row");
        assertTrue(compareErr("compare", "--seed", "42", "--calls", "20", "--out", svg, "--width", "1600", "--height",
                Integer.toString(Integer.parseInt(advice.group(1)) - 1)).contains("of 20; --width 1600 --height " + advice.group(1)),
                "one pixel less leaves one out");
        assertFalse(compareErr("compare", "--seed", "42", "--out", svg).contains("has room for"), "five calls fit");
        // Small, a little more height can take rows away (the legend comes in): 516 fits three calls, where the
        // search from above alone gave 634.
        assertTrue(compareErr("compare", "--seed", "42", "--calls", "3", "--out", svg, "--width", "640", "--height", "480")
                .contains("id1 to id2 of 3; --width 640 --height 516 fits them all"), "the least height that fits");
        assertFalse(compareErr("compare", "--seed", "42", "--calls", "3", "--out", svg, "--width", "640", "--height", "516")
                .contains("has room for"));
        assertTrue(compareErr("compare", "--seed", "42", "--calls", "100000", "--out", svg)
                .contains("golanes: the picture has room for calls id1 to id9 of 100,000\n"), "no size fits 100,000");
    }

    /** The comparison's picture over an existing file says it replaced it, in both languages. */
    @Test
    void aPictureOverAnExistingFileSaysItReplacedIt(@TempDir Path folder) throws Exception {
        Path svg = Files.writeString(folder.resolve("compare.svg"), "last week's");
        assertEquals("golanes: replaced " + svg + "\n", pictureMessage(EN, svg));
        assertEquals("golanes: " + svg + " sudah ditimpa\n", pictureMessage(Texts.forLocale(Locale.forLanguageTag("id")), svg));
        Files.delete(svg);
        assertEquals("golanes: wrote " + svg + "\n", pictureMessage(EN, svg));
    }

    /** What compare says on standard error after its seed line. */
    private static String pictureMessage(Texts texts, Path out) throws UsageException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, new Cli(texts, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(CommandLine.parse(texts, "compare", "--seed", "42", "--format", "svg", "--out", out.toString())));
        String said = err.toString(StandardCharsets.UTF_8);
        return said.substring(said.indexOf('\n') + 1);
    }

    /**
     * A total wider than its column (2,000 calls of up to 10 minutes in sequence: "166h…s") widens the column, heading
     * included, so the reasons still line up; and a hold of 0 says there was no waiting, not "plus 0 ms".
     */
    @Test
    void theColumnsLineUpAndZeroIsWorded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(EN, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(EN, "compare", "--calls", "2000", "--max-delay", "600000", "--seed", "1", "--hold", "0"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        int why = lines.get(0).indexOf("why");
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(' ', line.charAt(why - 1), line);
            assertTrue(line.charAt(why) != ' ', "the reason starts under its heading: " + line);
        }
        assertTrue(lines.get(1).matches("sequential   \\d+h\\d+m[0-9.]+s +the sum of the sleeps: .*"), lines.get(1));
        assertTrue(lines.get(3).matches("mutex +[0-9.ms]+ +the longest sleep \\([0-9,]+ ms\\), with no waiting for the lock"), lines.get(3));
        assertTrue(lines.get(4).contains("plus the 0 ms read-write gap; no appends overlapped, nothing lost"), lines.get(4));
    }

    /** One call cannot race: the table does not say "0 of 1 id lost to overlapping appends". */
    @Test
    void oneCallHasNothingToOverlapWith() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(EN, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(EN, "compare", "--calls", "1", "--seed", "7"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("one goroutine: no append to overlap with, nothing lost"), table);
    }

    /** In Indonesian the totals take its decimal comma, as the window's do: "5.1s" would read as 51 seconds. */
    @Test
    void indonesianTotalsTakeTheDecimalComma() throws Exception {
        Texts id = Texts.forLocale(Locale.forLanguageTag("id"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(id, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(id, "compare", "--delays", "1200,300,1800,1800", "--seed", "7"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("sekuensial   5,1s "), table);
        assertTrue(table.contains("mutex        2,4s "), table);
    }

    /**
     * The Indonesian table names the programs as the Indonesian window does (Sekuensial, Konkuren),
     * in the lower case of a command-line table, as the English one writes the English window's; its
     * headings are the window's too (Program, Total, Alasan), and the columns still line up.
     */
    @Test
    void theIndonesianTableNamesTheProgramsAsTheWindowDoes() throws Exception {
        Texts id = Texts.forLocale(Locale.forLanguageTag("id"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Cli(id, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
                .execute(CommandLine.parse(id, "compare", "--delays", "1200,300,1800,1800", "--seed", "7"));
        assertEquals("""
                program      total        alasan
                sekuensial   5,1s         jumlah semua lama tidur: 5100 ms
                konkuren     1,8s         tidur terlama: 1800 ms
                mutex        2,4s         tidur terlama (1800 ms) ditambah waktu menunggu dan memegang lock 600 ms
                race         2,1s         tidur terlama (1800 ms) ditambah celah baca-tulis 300 ms; 1 dari 4 id hilang karena append tumpang-tindih
                """, out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    /** The seed line says how to repeat the comparison only when the seed was drawn. */
    @Test
    void theSeedLineHintsAtTheSeedOnlyWhenItWasDrawn() throws Exception {
        assertEquals("golanes: compare, 4 calls, delays 1200, 300, 1800, 1800 ms, hold 300 ms, seed 7\n", compareErr("compare", "--delays", "1200,300,1800,1800", "--seed", "7"));
        assertTrue(compareErr("compare", "--calls", "3").matches("golanes: compare, 3 calls, random delays under 2000 ms, hold 300 ms, seed (-?\\d+) "
                + "\\(add --seed \\1 to repeat this run\\)\n"));
    }

    /**
     * The line names the delays, as the picture's title does: the default random ones and --delay 2000
     * give different tables, and their lines must not read alike. In both languages.
     */
    @Test
    void theSeedLineSaysTheDelays() throws Exception {
        assertEquals("golanes: compare, 5 calls, random delays under 2000 ms, hold 300 ms, seed 42\n",
                compareErr("compare", "--seed", "42"));
        assertEquals("golanes: compare, 5 calls, 2000 ms each, hold 300 ms, seed 42\n",
                compareErr("compare", "--seed", "42", "--delay", "2000"));
        Texts id = Texts.forLocale(Locale.forLanguageTag("id"));
        assertEquals("golanes: compare, 5 panggilan, lama tidur acak di bawah 2000 ms, pegang lock 300 ms, seed 42\n",
                compareErr(id, "compare", "--seed", "42"));
        assertEquals("golanes: compare, 2 panggilan, lama tidur 1200, 300 ms, pegang lock 300 ms, seed 42\n",
                compareErr(id, "compare", "--seed", "42", "--delays", "1200,300"));
    }

    private static String compareErr(String... args) throws Exception {
        return compareErr(EN, args);
    }

    private static String compareErr(Texts texts, String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new Cli(texts, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .execute(CommandLine.parse(texts, args));
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    @Test
    void refusesAModeBecauseItRunsThemAll() {
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse(EN, "compare", "--mode", "mutex"));
        assertEquals("--mode does not apply to golanes compare: it runs every program", e.getMessage());
    }

    @Test
    void refusesAnEngineBecauseItComparesOnTheSimulator() {
        for (String engine : new String[] {"real", "sim"}) {
            UsageException e = assertThrows(UsageException.class,
                    () -> CommandLine.parse(EN, "compare", "--engine", engine));
            assertEquals("--engine does not apply to golanes compare: it compares the programs on the simulator, "
                    + "where all four get the same delays", e.getMessage());
        }
    }
}
