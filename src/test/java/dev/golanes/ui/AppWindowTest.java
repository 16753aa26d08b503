package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.Session;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's frame around the views. */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    private Stage stage;
    private Session session;

    @Start
    void start(Stage window) {
        stage = window;
        // TestFX hands every test class the same stage: start with none of the icons others left.
        window.getIcons().clear();
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        new AppWindow(window, session, 1280, 720);
        window.show();
    }

    /**
     * On a screen smaller than the views can be (an 800 x 600 projector) they scroll: centred, they were
     * cut on both sides, the programs' first button and the Menu off screen. At 1280 x 720 nothing scrolls.
     */
    @Test
    void onAnOldProjectorTheWindowScrollsToEveryButton(FxRobot robot) {
        try {
            robot.interact(() -> {
                stage.setWidth(800);
                stage.setHeight(600);
            });
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Scene scene = stage.getScene();
            ScrollPane views = (ScrollPane) ((StackPane) scene.getRoot()).getChildren().get(0);
            Node first = scene.lookup("#mode-sequential");
            assertTrue(first.localToScene(first.getBoundsInLocal()).getMinX() >= 0, "the first program's button is on screen");
            robot.interact(() -> views.setHvalue(views.getHmax()));
            robot.interact(() -> scene.getRoot().layout());
            Node menu = scene.lookup("#menu");
            assertTrue(menu.localToScene(menu.getBoundsInLocal()).getMaxX() <= scene.getWidth() + 0.5,
                    "scrolled to the right, the Menu is on screen: " + menu.localToScene(menu.getBoundsInLocal()));
        } finally {
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane views = (ScrollPane) ((StackPane) stage.getScene().getRoot()).getChildren().get(0);
        Node content = views.getContent();
        assertEquals(stage.getScene().getWidth(), content.getLayoutBounds().getWidth(), 0.5, "at 1280 x 720 the views fill the width");
    }

    /**
     * The usual window at 800 x 600 (an old projector before F5, a window on half a small screen) is
     * drawn smaller, as presentation mode is there, rather than scrolled: the Play button was cut at the
     * bottom, the Menu was off screen, the play bar's time broke over two lines and two lanes of five
     * showed. At 1024 x 600 and larger nothing is made smaller.
     */
    @Test
    void anOldProjectorsUsualWindowFitsTheScreen(FxRobot robot) {
        try {
            robot.interact(() -> {
                stage.setWidth(800);
                stage.setHeight(600);
            });
            for (int i = 0; i < 3; i++) {
                robot.interact(() -> stage.getScene().getRoot().layout());
                WaitForAsyncUtils.waitForFxEvents();
            }
            javafx.scene.Scene scene = stage.getScene();
            for (String id : List.of("#mode-sequential", "#menu", "#run", "#play", "#seed")) {
                javafx.geometry.Bounds at = scene.lookup(id).localToScene(scene.lookup(id).getLayoutBounds());
                assertTrue(at.getMinX() >= 0 && at.getMaxX() <= scene.getWidth() + 0.5 && at.getMaxY() <= scene.getHeight() + 0.5,
                        id + " at " + at + ", in a scene of " + scene.getWidth() + " x " + scene.getHeight());
            }
            javafx.geometry.Bounds status = scene.lookup(".status-bar").localToScene(scene.lookup(".status-bar").getLayoutBounds());
            assertTrue(status.getMaxY() <= scene.getHeight() + 0.5, "the status bar ends at " + status.getMaxY());
            javafx.scene.control.Labeled readout = (javafx.scene.control.Labeled) scene.lookup("#time-readout");
            assertEquals(readout.getFont().getSize() * 1.5, readout.getHeight(), readout.getFont().getSize(),
                    "the play bar's time on one line: " + readout.getText());
            assertEquals(0.78, session.presentingZoomProperty().get(), 1e-9);
        } finally {
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.presentingZoomProperty().get(), 1e-9, "at 1280 x 720");
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("shrunk"));
    }

    /**
     * A language switch builds the views again; the old ones must go, or every switch in a lesson
     * keeps a whole window's worth of nodes (and the session's listeners call into them).
     */
    @Test
    void theViewsALanguageSwitchReplacesAreCollected(FxRobot robot) throws InterruptedException {
        // The views are in the scroll pane that scrolls them on a small screen.
        WeakReference<Node> old = new WeakReference<>(
                ((ScrollPane) ((StackPane) stage.getScene().getRoot()).getChildren().get(0)).getContent());
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        robot.interact(() -> session.setLanguage(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && old.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(old.get(), "the views from before the switch are still held");
    }

    /**
     * A switch of language builds the views again, and of theme restyles them: after the end, the code
     * panel (taller than its view at 1280x720) stays on the lines it showed, which the teacher may be
     * pointing at, whether the run left it there or the teacher scrolled it.
     */
    @Test
    void aSwitchOfLanguageOrThemeKeepsTheCodesPlace(FxRobot robot) {
        for (Mode mode : List.of(Mode.MUTEX, Mode.DOUBLE_UNLOCK)) {
            for (double scrolled : new double[] {-1, 0.55}) {
                robot.interact(() -> {
                    session.selectMode(mode);
                    session.playback().seek(Long.MAX_VALUE);
                });
                WaitForAsyncUtils.waitForFxEvents();
                if (scrolled >= 0) {
                    robot.interact(() -> ((ScrollPane) stage.getScene().lookup("#code")).setVvalue(scrolled));
                    WaitForAsyncUtils.waitForFxEvents();
                }
                String where = mode + (scrolled >= 0 ? ", scrolled by hand" : "");
                int before = topLine();
                assertTrue(before > 1, where + ": the test needs the code scrolled, it starts at line " + before);
                robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, topLine(), where + ": the code's first line shown, after a switch to Indonesian");
                robot.interact(() -> session.themeProperty().set(Theme.DARK));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, topLine(), where + ": the code's first line shown, after a switch to the dark theme");
                robot.interact(() -> {
                    session.setLanguage(Locale.ENGLISH);
                    session.themeProperty().set(Theme.LIGHT);
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, topLine(), where + ": the code's first line shown, back in English");
            }
        }
    }

    /**
     * Paused mid-run, the lines goroutines are on stay in view through a language switch and a
     * smaller window after it: the line handed over from the old panel does not hold the view there.
     */
    @Test
    void theBusyLinesStayInViewAfterASwitchAndAResize(FxRobot robot) {
        robot.interact(() -> {
            session.selectMode(Mode.MUTEX);
            session.playback().seek(2_100_000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Scrolled to the top by hand: the line handed over is far from the busy ones.
        robot.interact(() -> ((ScrollPane) stage.getScene().lookup("#code")).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        WaitForAsyncUtils.waitForFxEvents();
        double height = stage.getHeight();
        try {
            robot.interact(() -> stage.setHeight(height - 100));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            Node viewport = stage.getScene().lookup("#code .viewport");
            javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            List<Node> busy = stage.getScene().getRoot().lookupAll(".code-line").stream()
                    .filter(line -> line.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("active")))
                    .toList();
            assertTrue(!busy.isEmpty(), "goroutines are on some lines at 2100 ms");
            // The panel may be too short for all of them; the one that matters most is at the top of the view.
            List<String> places = new java.util.ArrayList<>();
            boolean shown = false;
            for (Node line : busy) {
                javafx.geometry.Bounds at = line.localToScene(line.getLayoutBounds());
                shown |= at.getMinY() >= view.getMinY() - 0.5 && at.getMaxY() <= view.getMaxY() + 0.5;
                places.add(at.getMinY() + " to " + at.getMaxY());
            }
            assertTrue(shown, "busy lines at " + places + ", the view " + view.getMinY() + " to " + view.getMaxY());
        } finally {
            robot.interact(() -> {
                stage.setHeight(height);
                session.setLanguage(Locale.ENGLISH);
            });
        }
    }

    /** The number of the first code line whose top is in the code panel's view. */
    private int topLine() {
        Node viewport = stage.getScene().lookup("#code .viewport");
        double viewTop = viewport.localToScene(viewport.getLayoutBounds()).getMinY();
        List<Node> lines = List.copyOf(stage.getScene().getRoot().lookupAll(".code-line"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).localToScene(lines.get(i).getLayoutBounds()).getMinY() >= viewTop - 0.5) {
                return i + 1;
            }
        }
        return -1;
    }

    /** They are decoded after the first frame is laid out, but they do arrive, every size once. */
    @Test
    void theWindowGetsItsIconsOnceItIsOnScreen() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getIcons().size() >= 5);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(List.of(16.0, 32.0, 64.0, 128.0, 256.0),
                stage.getIcons().stream().map(icon -> icon.getWidth()).toList());
    }

    /**
     * Compare while presenting covers the screen without taking full screen from the window behind it:
     * JavaFX lets one window be full screen at a time, so the main window left it, which ended
     * presentation mode, which closed the comparison while it was being shown (a crash on GTK).
     */
    @Test
    void compareWhilePresentingKeepsPresentationMode(FxRobot robot) {
        robot.interact(() -> session.presentingProperty().set(true));
        try {
            assertTrue(stage.isFullScreen(), "presenting is full screen");
            robot.interact(() -> CompareWindow.open(stage, session));
            WaitForAsyncUtils.waitForFxEvents();
            Stage compare = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.isShowing() && s != stage).map(w -> (Stage) w)
                    .findFirst().orElseThrow(() -> new AssertionError("no comparison open"));
            assertTrue(session.presentingProperty().get(), "still presenting");
            assertTrue(stage.isFullScreen(), "the main window is still full screen");
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(stage.getX() + stage.getWidth() / 2,
                    stage.getY() + stage.getHeight() / 2, 1, 1).get(0).getBounds();
            assertEquals(screen.getWidth(), compare.getWidth(), 1, "the comparison is as wide as the screen");
            assertEquals(screen.getHeight(), compare.getHeight(), 1, "and as high");
            assertEquals(screen.getMinX(), compare.getX(), 1);
            assertEquals(screen.getMinY(), compare.getY(), 1);
            // The keys are the comparison's, even where the system leaves the focus with the main window.
            robot.interact(() -> press(KeyCode.SPACE));
            assertFalse(session.playback().isPlaying(), "Space did not play the run behind the comparison");
            robot.interact(() -> press(KeyCode.ESCAPE));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(compare.isShowing(), "Esc closed the comparison");
            assertTrue(session.presentingProperty().get(), "still presenting after it closed");
            assertTrue(stage.isFullScreen(), "and still full screen");
        } finally {
            robot.interact(() -> {
                javafx.stage.Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage)
                        .map(w -> (Stage) w).toList().forEach(Stage::close);
                session.presentingProperty().set(false);
            });
        }
    }

    /**
     * A wrong value left in a field, then F5 and F5: presenting, the status says F5 shows the form; back
     * in it, the focus was on the timeline, where Esc no longer put the wrong value back, and Run stayed
     * greyed until the teacher found the field with Tab. The focus comes back to the field.
     */
    @Test
    void leavingPresentationModeGoesToTheWrongField(FxRobot robot) {
        javafx.scene.control.TextField calls = robot.lookup("#calls").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> session.form().callsProperty().set("0"));
        robot.interact(() -> session.presentingProperty().set(true));
        robot.interact(() -> session.presentingProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(calls.isFocused(), "the focus is on " + stage.getScene().getFocusOwner());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5", calls.getText(), "Esc put back the run's value");
        // With nothing wrong, the timeline has the focus after presenting, where the keys work.
        robot.interact(() -> session.presentingProperty().set(true));
        robot.interact(() -> session.presentingProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("timeline", stage.getScene().getFocusOwner().getId());
        // A wrong value left behind mid-run, which the status no longer speaks of, leaves the keys to the run.
        robot.interact(() -> {
            session.playback().seek(1_000_000);
            session.form().callsProperty().set("0");
            session.presentingProperty().set(true);
            session.presentingProperty().set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals("timeline", stage.getScene().getFocusOwner().getId(), "mid-run");
        } finally {
            robot.interact(() -> session.form().callsProperty().set("5"));
        }
    }

    /**
     * Launched with {@code --scenario lesson3.golanes.json}, the window names the file, Save offers its name and
     * Open starts in its folder, as after Open: it said nothing of the file, and Save offered scenario-mutex.
     */
    @Test
    void aScenarioFileGivenAtLaunchIsNamedAsAfterOpen(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path lesson = folder.resolve("lesson3.golanes.json");
        java.nio.file.Files.writeString(lesson, "{\"mode\": \"race\", \"calls\": 3, \"speed\": 2}");
        dev.golanes.cli.Command.Window window = (dev.golanes.cli.Command.Window) dev.golanes.cli.CommandLine.parse(
                dev.golanes.i18n.Texts.forLocale(Locale.ENGLISH), "--scenario", lesson.toString(), "--lang", "en");
        Session launched = GoLanesApp.sessionFor(window);
        assertEquals(Mode.RACE, launched.form().lastValid().mode());
        assertEquals(2, launched.playback().speedProperty().get());
        assertEquals("Opened lesson3.golanes.json", launched.export().noticeProperty().get());
        assertEquals("lesson3.golanes.json", launched.export().scenarioName());
        assertEquals(folder.toFile(), ScenarioDialogs.chooser(session.texts(), "file.open.title").getInitialDirectory(),
                "Open starts where the lesson is");
    }

    /** A key pressed in the main window, whichever window the system gave the focus to. */
    private void press(KeyCode code) {
        javafx.scene.Node root = stage.getScene().getRoot();
        javafx.event.Event.fireEvent(root, new javafx.scene.input.KeyEvent(root, root, javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", code, false, false, false, false));
    }
}
