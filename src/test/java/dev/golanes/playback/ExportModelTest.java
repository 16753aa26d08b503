package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.export.ComparisonExport;
import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportJob;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Palette;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting from the window: the moment the user asked for, a telling file name, and a word on how it went. */
class ExportModelTest {
    @TempDir
    Path folder;

    private final Session session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
    private final ExportModel model = new ExportModel(session);

    @Test
    void capturesTheRunAtThePlayheadInTheWindowsColoursAndLanguage() {
        session.playback().seek(2_600_000);
        Palette dark = Theme.DARK.palette();
        ExportJob job = model.capture(dark, 3).orElseThrow();
        session.playback().seek(0);
        assertEquals(2_600_000, job.atMicros(), "the picture keeps the moment even if the run plays on");
        assertEquals(session.trace(), job.trace());
        assertEquals(dark, job.palette());
        assertEquals(3, job.firstCall());
        assertEquals(ExportModel.WINDOW_SIZE, job.size());
        assertEquals(2, job.size().scale(), "sharp on a projector");
        assertEquals("golanes-mutex-seed42-2600ms.png", model.suggestedName(job));
    }

    /**
     * A teacher zoomed in on the queue exports the slide as the screen shows it: the picture's axis
     * covers the part zoomed to, not the whole run (it kept only the calls in view). Not zoomed, the
     * whole run, as before.
     */
    @Test
    void aZoomedViewIsExportedZoomed() throws Exception {
        assertEquals(null, model.capture(Palette.LIGHT, 1).orElseThrow().window(), "the whole run when not zoomed");
        session.viewport().zoomIn(2_300_000);
        session.viewport().zoomIn(2_300_000);
        assertTrue(session.viewport().isZoomed());
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        assertEquals(session.viewport().window(), job.window());
        java.io.StringWriter zoomed = new java.io.StringWriter();
        job.writeSvg(zoomed);
        java.io.StringWriter whole = new java.io.StringWriter();
        new ExportJob(job.trace(), job.atMicros(), job.size(), job.palette(), job.texts(), 1).writeSvg(whole);
        assertTrue(whole.toString().contains(">3000<"), "the whole run's axis reaches 3000 ms");
        assertFalse(zoomed.toString().contains(">3000<"), "the zoomed picture's axis stops short of 3000 ms");
        assertFalse(zoomed.toString().contains(">500 ms<"), "nor does it start at 0");
    }

    /**
     * The Compare window's export: the comparison at its clock's time (its end when the clock is at 0),
     * a name that says so, twice the pixels of the command line's comparison, and always a picture.
     */
    @Test
    void theComparisonIsExportedAsAPictureAtItsClocksTime() throws Exception {
        CompareModel compare = new CompareModel(Scenario.defaults(Mode.MUTEX, 42));
        Texts english = Texts.forLocale(Locale.ENGLISH);
        ComparisonExport atEnd = model.captureComparison(compare, Palette.LIGHT, english);
        assertEquals(compare.comparison().longestTotal(), atEnd.atMicros(), "at 0, before playing: the end");
        assertEquals("golanes-compare-seed42.png", model.suggestedName(atEnd));
        compare.clock().seek(3_000_000);
        ComparisonExport midway = model.captureComparison(compare, Palette.LIGHT, english);
        assertEquals("golanes-compare-seed42-3000ms.png", model.suggestedName(midway));
        compare.clock().seek(0);
        assertEquals(0, model.captureComparison(compare, Palette.LIGHT, english).atMicros(), "back at 0 (Home), as on screen");

        assertEquals(Optional.empty(), model.export(midway, folder.resolve("notes.json"), ExportFormat.PNG));
        Path written = folder.resolve("notes.json.png");
        BufferedImage image = ImageIO.read(written.toFile());
        assertEquals(3200, image.getWidth());
        assertEquals(1800, image.getHeight());
        assertEquals("Exported notes.json.png", model.noticeProperty().get());
        assertEquals(Optional.empty(), model.export(atEnd, folder.resolve("slide.svg"), ExportFormat.PNG));
        assertTrue(Files.readString(folder.resolve("slide.svg")).startsWith("<?xml"), "the name's .svg decides");
    }

    /** Export before Play: the run at its end, not a picture of empty lanes at 0 ms. */
    @Test
    void aRunNotPlayedYetIsExportedAtItsEnd() {
        session.playback().seek(0);
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        assertEquals(session.trace().endMicros(), job.atMicros());
        assertEquals("golanes-mutex-seed42.png", model.suggestedName(job));
        session.playback().seek(1_000_000);
        session.playback().seek(0);
        assertEquals(0, model.capture(Palette.LIGHT, 1).orElseThrow().atMicros(), "back at 0 (Home), as on screen");
    }

    /** The status bar's "Exported …" is in the language it was said in: a switch clears it. */
    @Test
    void aLanguageSwitchClearsTheNotice() throws Exception {
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        model.export(job, folder.resolve("a.svg"), ExportFormat.SVG);
        assertEquals("Exported a.svg", model.noticeProperty().get());
        session.setLanguage(Locale.forLanguageTag("id"));
        assertEquals("", model.noticeProperty().get());
    }

    /** A saved scenario file is said in the status bar as an export is; a new run clears it. */
    @Test
    void aSavedScenarioIsSaid() {
        ExportModel model = session.export();
        model.saved(Path.of("/tmp/lesson.golanes.json"));
        assertEquals("Saved lesson.golanes.json", model.noticeProperty().get());
        session.selectMode(Mode.CONCURRENT);
        assertEquals("", model.noticeProperty().get());
    }

    /**
     * A scenario file opened is named in the status bar, as one saved is: nothing said which lesson was on
     * screen. Save then offers its name again, to keep a change in it; before any, a name for the program.
     */
    @Test
    void anOpenedScenarioIsSaidAndOfferedToSaveAgain() {
        ExportModel model = session.export();
        assertEquals("scenario-mutex.golanes.json", model.scenarioName());
        model.opened(Path.of("/tmp/lesson3.golanes.json"));
        assertEquals("Opened lesson3.golanes.json", model.noticeProperty().get());
        assertEquals("lesson3.golanes.json", model.scenarioName());
        session.selectMode(Mode.CONCURRENT);
        assertEquals("", model.noticeProperty().get(), "another run on screen");
        model.saved(Path.of("/tmp/lesson4.golanes.json"));
        assertEquals("lesson4.golanes.json", model.scenarioName());
    }

    @Test
    void exportWritesTheFileAndSaysSo() throws Exception {
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        assertEquals(Optional.empty(), model.export(job, folder.resolve("slide"), ExportFormat.SVG));
        assertTrue(Files.readString(folder.resolve("slide.svg")).contains("GoLanes · Mutex: 5 calls, 2000 ms each, hold 300 ms · seed 42 · simulated"));
        assertEquals("Exported slide.svg", model.noticeProperty().get());
        assertFalse(model.failedProperty().get());
        assertEquals(ExportFormat.SVG, model.lastFormat(), "the next export offers the same format");
        assertEquals(Optional.of(folder), model.lastFolder(), "and the same folder");
    }

    /** A run's data under a scenario file's name is refused, as the command line refuses it: nothing is written. */
    @Test
    void aRunIsNotSavedUnderAScenarioFilesName() throws Exception {
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        assertEquals(Optional.of("lesson.golanes.json is a scenario file's name, and this writes a run's data: save it as lesson.json"),
                model.export(job, folder.resolve("lesson.golanes.json"), ExportFormat.JSON));
        assertTrue(model.failedProperty().get());
        assertEquals(List.of(), List.of(folder.toFile().list()));
        assertEquals(Optional.empty(), model.export(job, folder.resolve("lesson.json"), ExportFormat.JSON));
    }

    @Test
    void aFailedExportSaysWhyAndNeverThrows() throws Exception {
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        Path missing = folder.resolve("gone").resolve("slide.png");
        assertEquals(Optional.of("cannot write " + missing + ": its folder does not exist"),
                model.export(job, missing, ExportFormat.PNG));
        assertEquals("Export failed", model.noticeProperty().get());
        assertTrue(model.failedProperty().get());
        assertEquals(List.of(), List.of(folder.toFile().list()));
        // Told in full in its dialog, the failure goes once the run is played or stepped.
        session.playback().stepForward();
        assertEquals("", model.noticeProperty().get());
        assertFalse(model.failedProperty().get());
    }

    @Test
    void anotherRunClearsTheNotice() {
        ExportJob job = model.capture(Palette.LIGHT, 1).orElseThrow();
        model.export(job, folder.resolve("a.csv"), ExportFormat.PNG);
        assertEquals("Exported a.csv", model.noticeProperty().get());
        session.selectMode(Mode.CONCURRENT);
        assertEquals("", model.noticeProperty().get());
    }
}
