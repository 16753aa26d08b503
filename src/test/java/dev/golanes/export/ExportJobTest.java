package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Palette;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Trace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pictures a teacher pastes into slides: real text in the SVG, the asked size in the PNG, whole files or none. */
class ExportJobTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final Trace MUTEX = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));

    @TempDir
    Path folder;

    /**
     * A picture larger every way than 1280 x 720 is the same picture larger (its type and bars in
     * proportion), not the default's type over a blank band; one only taller gets more rows instead.
     */
    @Test
    void aLargerPictureIsTheSamePictureLarger() {
        assertEquals(1, FigureSize.DEFAULT.figureScale());
        assertEquals(1.5, new FigureSize(1920, 1080, 1, false).figureScale());
        assertEquals(1, new FigureSize(1280, 14_000, 1, false).figureScale(), "taller: room for every call");
        assertEquals(1.25, new FigureSize(3000, 900, 1, false).figureScale(), "the smaller way decides");
        assertEquals(1, new FigureSize(640, 480, 1, false).figureScale(), "smaller keeps its type (it fits what it can)");
        assertEquals(1.5, new FigureSize(2400, 1350, 1, false).figureScale(FigureSize.COMPARISON));

        ExportJob usual = ExportJob.of(MUTEX, FigureSize.DEFAULT, ENGLISH);
        ExportJob larger = ExportJob.of(MUTEX, new FigureSize(1920, 1080, 1, false), ENGLISH);
        assertEquals(1.5, larger.spec().scale());
        assertEquals(usual.layout().laneHeight() * 1.5, larger.layout().laneHeight(), 0.5);
        assertEquals(usual.layout().left() * 1.5, larger.layout().left(), 1);
    }

    @Test
    void svgIsWellFormedWithTitleLanesLegendAndTotalAsText() throws Exception {
        Path file = folder.resolve("mutex.svg");
        ExportJob.of(MUTEX, FigureSize.DEFAULT, ENGLISH).write(file, ExportFormat.SVG);

        Document svg = parse(file);
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("1280", root.getAttribute("width"));
        List<String> texts = texts(svg);
        assertTrue(texts.contains("GoLanes · Mutex: 5 calls, 2000 ms each, hold 300 ms · seed 42 · simulated"), texts.toString());
        for (String lane : List.of("main", "id1", "id2", "id3", "id4", "id5")) {
            assertTrue(texts.contains(lane), lane + " in " + texts);
        }
        for (String legend : List.of("sleeping (time.Sleep)", "main in wg.Wait()", "waiting for the lock",
                "holding the lock", "done")) {
            assertTrue(texts.contains(legend), legend + " in " + texts);
        }
        assertTrue(texts.contains("Total " + GoDuration.ofMicros(MUTEX.endMicros())), texts.toString());
    }

    /** What PowerPoint, Keynote and Inkscape all read: no CSS, no patterns, no HTML inside. */
    @Test
    void svgUsesOnlyPlainElements() throws Exception {
        Path file = folder.resolve("mutex.svg");
        new ExportJob(MUTEX, MUTEX.endMicros() / 2, FigureSize.DEFAULT, Palette.LIGHT, ENGLISH, 1)
                .write(file, ExportFormat.SVG);
        Set<String> elements = new TreeSet<>();
        NodeList all = parse(file).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            elements.add(all.item(i).getLocalName());
        }
        assertTrue(Set.of("svg", "title", "rect", "line", "text", "g", "defs", "clipPath").containsAll(elements),
                elements.toString());
        String text = Files.readString(file);
        assertTrue(!text.contains("var(") && !text.contains("<style") && !text.contains("foreignObject"), "no CSS or HTML");
    }

    @Test
    void svgSpeaksTheUsersLanguage() throws Exception {
        Path file = folder.resolve("mutex.svg");
        ExportJob.of(MUTEX, FigureSize.DEFAULT, Texts.forLocale(Locale.forLanguageTag("id"))).write(file, ExportFormat.SVG);
        List<String> texts = texts(parse(file));
        assertTrue(texts.contains("GoLanes · Mutex: 5 panggilan, 2000 ms untuk semua, pegang lock 300 ms · seed 42 · simulasi"), texts.toString());
        assertTrue(texts.contains("menunggu lock"), texts.toString());
    }

    @ParameterizedTest(name = "scale {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void pngHasTheAskedPixelSizeAndIsNotBlank(int scale) throws Exception {
        Path file = folder.resolve("mutex.png");
        ExportJob.of(MUTEX, new FigureSize(1280, 720, scale, false), ENGLISH).write(file, ExportFormat.PNG);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1280 * scale, image.getWidth());
        assertEquals(720 * scale, image.getHeight());
        assertTrue(colours(image) > 50, "antialiased lanes, text and hatching have many colours");
    }

    @Test
    void aFewCallsEndThePictureUnderTheLegend() throws Exception {
        Trace two = Simulator.run(new Scenario(Mode.MUTEX, 2, new dev.golanes.scenario.DelaySpec.Fixed(2000), 300, 42));
        ExportJob job = ExportJob.of(two, FigureSize.DEFAULT.withScale(2), ENGLISH);
        Path file = folder.resolve("mutex.png");
        job.write(file, ExportFormat.PNG);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(2560, image.getWidth());
        assertEquals(job.pixelHeight(), image.getHeight());
        assertTrue(image.getHeight() < 1440 && image.getHeight() > 700, "fitted: " + image.getHeight());

        Trace many = Simulator.run(new Scenario(Mode.CONCURRENT, 200, new dev.golanes.scenario.DelaySpec.Random(2000), 0, 1));
        int manyHeight = ExportJob.of(many, FigureSize.DEFAULT.withScale(2), ENGLISH).pixelHeight();
        assertTrue(manyHeight <= 1440 && manyHeight > 1440 - 2 * 2 * 14, "many calls fill the height, to within a lane: " + manyHeight);
    }

    @Test
    void thePictureShowsTheAskedMoment() throws Exception {
        long at = 2_600_000;
        List<String> midRun = svgTexts(new ExportJob(MUTEX, at, FigureSize.DEFAULT, Palette.LIGHT, ENGLISH, 1));
        assertTrue(midRun.contains("2600 ms"), "the playhead says the time: " + midRun);
        assertTrue(midRun.contains("main in wg.Wait()  ·  counter 3".replace("  ", " \u00A0")), midRun.toString());
        List<String> pastTheEnd = svgTexts(new ExportJob(MUTEX, ExportJob.AT_END, FigureSize.DEFAULT, Palette.LIGHT,
                ENGLISH, 1));
        assertTrue(pastTheEnd.contains("Total 3.5s"), pastTheEnd.toString());
    }

    @Test
    void pngIntoAFolderFailsAndLeavesNothing() throws Exception {
        Path target = Files.createDirectory(folder.resolve("out.png"));
        ExportException e = assertThrows(ExportException.class,
                () -> ExportJob.of(MUTEX, FigureSize.DEFAULT, ENGLISH).write(target, ExportFormat.PNG));
        assertEquals(ExportException.Reason.IS_DIRECTORY, e.reason());
        assertEquals(List.of("out.png"), filesIn(folder));
    }

    @Test
    void aDiskThatFillsUpMidWriteIsNamedAndLeavesNothing() throws Exception {
        Path file = folder.resolve("slide.png");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertEquals(ExportException.Reason.DISK_FULL, e.reason());
        assertEquals("cannot write " + file + ": the disk is full", e.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    /**
     * A locked memory stick (a disk mounted read-only) said "permission denied", which sent the teacher
     * to the file's permissions: it says the disk is read-only.
     */
    @Test
    void aReadOnlyDiskIsNamed() throws Exception {
        Path file = folder.resolve("slide.png");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.write(file, out -> {
            throw new java.nio.file.FileSystemException(file.toString(), null, "Read-only file system");
        }));
        assertEquals(ExportException.Reason.READ_ONLY, e.reason());
        assertEquals("cannot write " + file + ": its disk is read-only (a locked memory stick, or a disk mounted so)",
                e.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    /** ImageIO reports a full disk as "I/O error writing PNG file!", with the system's reason as the cause. */
    @Test
    void aFullDiskIsNamedEvenWhenTheWriterWrapsTheError() throws Exception {
        Path file = folder.resolve("slide.png");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[4096]);
            throw new javax.imageio.IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        }));
        assertEquals(ExportException.Reason.DISK_FULL, e.reason());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void exportedFilesAreReadableLikeAnyOtherFile() throws Exception {
        Path file = folder.resolve("mutex.svg");
        ExportJob.of(MUTEX, FigureSize.DEFAULT, ENGLISH).write(file, ExportFormat.SVG);
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        }
    }

    @Test
    void aPngTooBigForMemoryIsRefusedBeforeDrawing() {
        ExportJob job = ExportJob.of(MUTEX, new FigureSize(20_000, 100_000, 4, false), ENGLISH);
        ExportException e = assertThrows(ExportException.class, () -> job.write(folder.resolve("huge.png"), ExportFormat.PNG));
        assertEquals(ExportException.Reason.TOO_BIG, e.reason());
    }

    private List<String> svgTexts(ExportJob job) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        job.writeSvg(out);
        return texts(DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
