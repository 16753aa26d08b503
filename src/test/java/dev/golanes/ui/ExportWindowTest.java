package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportJob;
import dev.golanes.playback.Session;
import dev.golanes.render.Palette;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's Export button and Ctrl+E. The platform's save dialog cannot be driven headless, so
 * the tests pick up after it, with the file a user would have chosen.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path folder;

    private Session session;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        scene = new Scene(Views.load(session), 1280, 720);
        Themes.apply(scene);
        Keys.install(scene, session);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void exportHasAButtonAndTheShortcut(FxRobot robot) {
        Button button = robot.lookup("#export").queryAs(Button.class);
        assertEquals("Export…", button.getText());
        assertTrue(scene.getAccelerators().containsKey(ExportAction.SHORTCUT), "Ctrl+E (Cmd+E on macOS) exports");
        assertEquals("Shortcut+E", ExportAction.SHORTCUT.getName());
    }

    /** The command line has no window to ask for colours: its light palette must be the light theme's. */
    @Test
    void theCommandLinesColoursAreTheLightThemes(FxRobot robot) {
        assertEquals(Palette.LIGHT, robot.lookup("#timeline").queryAs(TimelineView.class).palette());
    }

    @Test
    void exportingWritesTheTimelineAtThePlayheadAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> session.playback().seek(2_600_000));
        ExportAction action = action(robot);
        Path file = folder.resolve("slide.png");
        robot.interact(() -> action.exportTo(capture(robot, action), file, ExportFormat.PNG));
        assertTrue(Files.size(file) > 10_000);
        assertEquals("Exported slide.png", robot.lookup("#export-notice").queryAs(Label.class).getText());
    }

    @Test
    void aFailedExportOpensADialogAndTheWindowCarriesOn(FxRobot robot) {
        ExportAction action = action(robot);
        Path missing = folder.resolve("gone").resolve("slide.svg");
        robot.interact(() -> action.exportTo(capture(robot, action), missing, ExportFormat.SVG));
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#export-notice").queryAs(Label.class);
        assertEquals("Export failed", notice.getText());
        assertTrue(notice.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("error")));
        Stage dialog = (Stage) Window.getWindows().stream().filter(w -> w != scene.getWindow()).findFirst().orElseThrow();
        assertEquals("Could not export", dialog.getTitle());
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText()
                .endsWith("slide.svg: its folder does not exist"));
        robot.interact(dialog::close);
        robot.clickOn("#mode-sequential");
        assertEquals(Mode.SEQUENTIAL, session.trace().scenario().mode(), "the window still works");
    }

    /**
     * "lesson" typed in the save dialog becomes lesson.png; the dialog asked about "lesson" only, so
     * GoLanes asks before it replaces the lesson.png already there.
     */
    @Test
    void aNameThatGetsItsExtensionAsksBeforeReplacingAFile(FxRobot robot) throws Exception {
        ExportAction action = action(robot);
        Path existing = folder.resolve("lesson.png");
        Files.writeString(existing, "the teacher's own picture");
        ExportJob job = capture(robot, action);
        Platform.runLater(() -> action.exportTo(job, folder.resolve("lesson"), ExportFormat.PNG));
        Stage question = waitForQuestion(robot);
        assertEquals("lesson.png already exists", question.getTitle());
        assertTrue(question.getScene().lookup(".dialog-pane").lookupAll(".button").stream()
                .anyMatch(b -> "Cancel".equals(((Button) b).getText()) && ((Button) b).isDefaultButton()),
                "Enter keeps the file");
        robot.interact(() -> ((Button) question.getScene().lookup(".dialog-pane")
                .lookupAll(".button").stream().filter(b -> "Cancel".equals(((Button) b).getText())).findFirst()
                .orElseThrow()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("the teacher's own picture", Files.readString(existing), "Cancel keeps the file");

        Platform.runLater(() -> action.exportTo(job, folder.resolve("lesson"), ExportFormat.PNG));
        Stage again = waitForQuestion(robot);
        robot.interact(() -> ((Button) again.getScene().lookup(".dialog-pane")
                .lookupAll(".button").stream().filter(b -> "Replace".equals(((Button) b).getText())).findFirst()
                .orElseThrow()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(existing) > 10_000, "Replace writes the picture");
    }

    private Stage waitForQuestion(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Window.getWindows().stream().anyMatch(w -> w != scene.getWindow() && w.isShowing()));
        return (Stage) Window.getWindows().stream().filter(w -> w != scene.getWindow() && w.isShowing()).findFirst()
                .orElseThrow();
    }

    private static ExportAction action(FxRobot robot) {
        return (ExportAction) robot.lookup("#export").queryAs(Button.class).getProperties().get(ExportAction.class);
    }

    private static ExportJob capture(FxRobot robot, ExportAction action) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        return action.model().capture(timeline.palette(), 1).orElseThrow();
    }
}
