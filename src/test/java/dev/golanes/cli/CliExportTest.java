package dev.golanes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golanes export} writes whole files, and says clearly why when it cannot. */
class CliExportTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void jsonExportIsTheGoldenTrace() throws Exception {
        Path file = folder.resolve("mutex.json");
        assertEquals(0, execute("export", "--format", "json", "--out", file.toString(), "--mode", "mutex", "--seed", "42"));
        assertEquals(golden("mutex-default.json"), Files.readString(file));
        assertEquals("", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("golanes: mutex, 5 calls, 2000 ms each, hold 300 ms, seed 42\ngolanes: wrote " + file + "\n", err(), "the seed was given: no hint to add it");
    }

    @Test
    void aDrawnSeedIsShownWithHowToRepeatTheExport() throws Exception {
        Path file = folder.resolve("run.csv");
        assertEquals(0, execute("export", "--format", "csv", "--out", file.toString(), "--calls", "2"));
        assertTrue(err().matches("(?s)golanes: sequential, 2 calls, random delays under 2000 ms, seed (-?\\d+) \\(add --seed \\1 to repeat this run\\)\n.*"),
                err());
    }

    @Test
    void csvExportHasARowPerCall() throws Exception {
        Path file = folder.resolve("calls.csv");
        assertEquals(0, execute("export", "--format=csv", "--out=" + file, "--delays", "1200,300,1800", "--seed", "1"));
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,1200,0,0,0,1200,finished
                id2,1200,300,0,0,0,1500,finished
                id3,1500,1800,0,0,0,3300,finished
                """, Files.readString(file));
    }

    @Test
    void aRealRunExportsItsTraceNamedReal() throws Exception {
        Path file = folder.resolve("real.json");
        assertEquals(0, execute("export", "--format", "json", "--out", file.toString(), "--engine", "real", "--mode", "mutex",
                "--calls", "4", "--delay", "2", "--hold", "1", "--seed", "42"));
        String json = Files.readString(file);
        assertTrue(json.contains("\"engine\": \"real\""), json);
        assertTrue(json.contains("\"name\": \"lock-held\""), json);
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "export prints nothing of the program");
    }

    @Test
    void exportReplacesAnExistingFile() throws Exception {
        Path file = folder.resolve("trace.json");
        Files.writeString(file, "old");
        assertEquals(0, execute("export", "--format", "json", "--out", file.toString(), "--seed", "1"));
        assertTrue(Files.readString(file).startsWith("{\n\"displayTimeUnit\": \"ms\""));
        assertEquals(List.of("trace.json"), filesIn(folder));
        assertTrue(err().endsWith("golanes: replaced " + file + "\n"), "says the old file is gone: " + err());
    }

    /** A picture over last week's slide says so, with its size; a new file is "wrote". */
    @Test
    void aPictureOverAnExistingFileSaysItReplacedIt() throws Exception {
        Path file = folder.resolve("slide.png");
        assertEquals(0, execute("export", "--format", "png", "--out", file.toString(), "--mode", "mutex", "--seed", "42"));
        assertTrue(err().endsWith("golanes: wrote " + file + " (1280 x 720 pixels)\n"), err());
        stderr.reset();
        assertEquals(0, execute("export", "--format", "png", "--out", file.toString(), "--mode", "mutex", "--seed", "42"));
        assertTrue(err().endsWith("golanes: replaced " + file + " (1280 x 720 pixels)\n"), err());
    }

    @Test
    void exportToAFolderFailsClearlyAndLeavesNothing() throws Exception {
        Path target = Files.createDirectory(folder.resolve("out"));
        assertEquals(Cli.FAILED, execute("export", "--format", "json", "--out", target.toString(), "--seed", "1"));
        assertTrue(err().endsWith("golanes: --out: cannot write " + target + ": it is a folder; give a file name\n"), err());
        assertEquals(List.of("out"), filesIn(folder));
        assertEquals(List.of(), filesIn(target));
    }

    @Test
    void exportIntoAMissingFolderFailsClearlyAndLeavesNothing() throws Exception {
        Path target = folder.resolve("missing").resolve("calls.csv");
        assertEquals(Cli.FAILED, execute("export", "--format", "csv", "--out", target.toString(), "--seed", "1"));
        assertTrue(err().endsWith("golanes: --out: cannot write " + target + ": its folder does not exist\n"), err());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void pngExportIsTheAskedSizeAndSaysSo() throws Exception {
        Path file = folder.resolve("mutex.png");
        assertEquals(0, execute("export", "--format", "png", "--scale", "2", "--width", "1000", "--height", "500",
                "--out", file.toString(), "--mode", "mutex", "--seed", "42", "--at", "2600"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(2000, image.getWidth());
        assertEquals(1000, image.getHeight());
        assertTrue(err().endsWith("golanes: wrote " + file + " (2000 x 1000 pixels)\n"), err());
        assertEquals(List.of("mutex.png"), filesIn(folder));
    }

    /** --width alone is a 16:9 slide of that width; the lanes of a few calls still end it sooner. */
    @Test
    void aWidthAloneMakesASixteenByNineSlide() throws Exception {
        Path many = folder.resolve("many.png");
        assertEquals(0, execute("export", "--format", "png", "--width", "1920", "--out", many.toString(), "--mode",
                "concurrent", "--calls", "200", "--seed", "1"));
        assertTrue(err().contains("golanes: wrote " + many + " (1920 x 1080 pixels)\n"), err());
        BufferedImage image = ImageIO.read(many.toFile());
        assertEquals(List.of(1920, 1080), List.of(image.getWidth(), image.getHeight()));
        stderr.reset();
        Path few = folder.resolve("few.png");
        assertEquals(0, execute("export", "--format", "png", "--width", "1920", "--out", few.toString(), "--calls", "2",
                "--seed", "1"));
        assertTrue(ImageIO.read(few.toFile()).getHeight() < 1080, "two calls need less than 1080");
    }

    @Test
    void svgExportHasTheFigureAsText() throws Exception {
        Path file = folder.resolve("mutex.svg");
        assertEquals(0, execute("export", "--format", "svg", "--out", file.toString(), "--mode", "mutex", "--seed", "42"));
        String svg = Files.readString(file);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "), svg);
        assertTrue(svg.contains(">GoLanes · Mutex: 5 calls, 2000 ms each, hold 300 ms · seed 42 · simulated</text>"), svg);
        assertTrue(svg.contains(">Total 3.5s</text>"), svg);
        assertTrue(err().endsWith("golanes: wrote " + file + "\n"), err());
    }

    /**
     * The trace of a million calls is a gigabyte, written in seconds with only "wrote m.json": a file of
     * 10 MB or more is said to be, with its size. Small files are not.
     */
    @Test
    void aLargeFileSaysHowLargeItIs() throws Exception {
        Path file = folder.resolve("many.json");
        assertEquals(0, execute("export", "--format", "json", "--out", file.toString(), "--mode", "mutex", "--calls", "20000", "--seed", "42"));
        long bytes = Files.size(file);
        assertTrue(bytes >= Cli.BIG_FILE, bytes + " bytes");
        assertTrue(err().endsWith("golanes: wrote " + file + " (" + Math.round(bytes / 1_000_000.0) + " MB)\n"), err());
        assertEquals("1.1 GB", Cli.size(dev.golanes.i18n.Texts.forLocale(java.util.Locale.ENGLISH), 1_134_000_000L));
        assertEquals("1,1 GB", Cli.size(dev.golanes.i18n.Texts.forLocale(java.util.Locale.forLanguageTag("id")), 1_134_000_000L));
    }

    @Test
    void aMomentAfterTheEndDrawsTheEndAndSaysSo() throws Exception {
        Path file = folder.resolve("late.svg");
        assertEquals(0, execute("export", "--format", "svg", "--at", "99999", "--out", file.toString(), "--mode", "mutex",
                "--seed", "42"));
        assertTrue(err().contains("golanes: --at 99999 is after the end of the run (3.5s): drawing the end\n"), err());
        assertTrue(Files.readString(file).contains(">Total 3.5s</text>"));
    }

    @Test
    void aPictureWithoutRoomForEveryCallSaysWhichAndHowToFitThem() throws Exception {
        Path file = folder.resolve("many.svg");
        assertEquals(0, execute("export", "--format", "svg", "--out", file.toString(), "--mode", "concurrent",
                "--calls", "1000", "--seed", "3"));
        String note = err().lines().filter(l -> l.contains("room for")).findFirst().orElseThrow();
        assertTrue(note.matches("golanes: the picture has room for calls id1 to id\\d+ of 1000; --width 1280 --height \\d+ fits them all"),
                note);
        // The flags the note gives, added as they are: --height alone would widen the picture to 16:9.
        List<String> hint = List.of(note.substring(note.indexOf("--width "), note.indexOf(" fits")).split(" "));
        stderr.reset();
        assertEquals(0, execute(Stream.concat(Stream.of("export", "--format", "svg", "--out", file.toString(), "--mode",
                "concurrent", "--calls", "1000", "--seed", "3"), hint.stream()).toArray(String[]::new)));
        assertFalse(err().contains("room for"), err());
        assertFalse(Files.readString(file).contains("calls shown"), "the title row no longer says some are left out");
    }

    /** The advice is a size the command takes: a PNG that tall would pass its pixel limit, so none is given. */
    @Test
    void noSizeIsAdvisedThatAPngCannotHave() throws Exception {
        Path file = folder.resolve("many.png");
        assertEquals(0, execute("export", "--format", "png", "--out", file.toString(), "--mode", "mutex",
                "--calls", "1000", "--seed", "42", "--height", "3000"));
        String note = err().lines().filter(l -> l.contains("room for")).findFirst().orElseThrow();
        assertTrue(note.matches("golanes: the picture has room for calls id1 to id\\d+ of 1000"), note);
    }

    @Test
    void pictureIntoAMissingFolderFailsClearlyAndLeavesNothing() throws Exception {
        Path target = folder.resolve("missing").resolve("slide.png");
        assertEquals(Cli.FAILED, execute("export", "--format", "png", "--out", target.toString(), "--seed", "1"));
        assertTrue(err().endsWith("golanes: --out: cannot write " + target + ": its folder does not exist\n"), err());
        assertEquals(List.of(), filesIn(folder));
    }

    /**
     * A picture that ends under its few calls' legend needs far fewer pixels than its full height: it
     * was cut to the limit all the same (--height 1250, not 1406), its type a ninth smaller, and the
     * note said so. It is fitted to its calls first, at 16:9, and left whole under the limit.
     */
    @Test
    void aPictureFittedUnderTheLimitIsNotCut() throws Exception {
        Path file = folder.resolve("one.png");
        assertEquals(0, execute("export", "--format", "png", "--out", file.toString(), "--mode", "sequential", "--calls", "1",
                "--width", "2500", "--scale", "4", "--seed", "42"));
        assertFalse(err().contains("16:9"), err());
        BufferedImage picture = ImageIO.read(file.toFile());
        // Cut to 1250, the figure fitted to 615 pixels (2460 in the image); at 16:9, to 692.
        assertTrue(picture.getHeight() > 2460, picture.getWidth() + " x " + picture.getHeight());
    }

    /**
     * Cut to the limit and fitted again at the cut, one call's lanes end the picture well under it: the
     * note said "--height 813", for a picture 400 high. It says the height the picture has.
     */
    @Test
    void theCutsNoteSaysTheHeightThePictureHas() throws Exception {
        Path file = folder.resolve("cut.png");
        assertEquals(0, execute("export", "--format", "png", "--out", file.toString(), "--mode", "mutex", "--calls", "1",
                "--width", "3840", "--scale", "4", "--seed", "42"));
        BufferedImage picture = ImageIO.read(file.toFile());
        String note = err().lines().filter(line -> line.contains("16:9")).findFirst().orElseThrow();
        assertTrue(note.startsWith("golanes: --height " + picture.getHeight() / 4 + ", not 2160"), note + " for a picture "
                + picture.getWidth() + " x " + picture.getHeight());
    }

    /** A device given as the target (/dev/null, as for a timing) is refused as a device, not as a name without an extension. */
    @Test
    void aDeviceIsRefusedAsADevice() throws UsageException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of("/dev/null")), "no /dev/null here");
        assertEquals(1, execute("export", "--format", "svg", "--out", "/dev/null", "--seed", "42"));
        assertTrue(err().contains("a device, a pipe or a socket"), err());
        assertFalse(err().contains("extension"), err());
    }

    private int execute(String... args) throws UsageException {
        Texts texts = Texts.forLocale(Locale.ENGLISH);
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
        return new Cli(texts, out, err).execute(CommandLine.parse(texts, args));
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** Every file name in a folder, hidden {@code .part} files included. */
    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = CliExportTest.class.getResourceAsStream("/dev/golanes/golden/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
