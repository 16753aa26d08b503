package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom player, driven as a teacher would: stepping, pointing, zooming, comparing, the race. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    private Session session;
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        Scene scene = new Scene(Views.load(session), 1280, 720);
        Themes.apply(scene);
        Keys.install(scene, session);
        new PlaybackClock(session.playback()).attach();
        window.setScene(scene);
        window.show();
        scene.lookup("#timeline").requestFocus();
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void arrowKeysStepFromEventToEvent(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertEquals(2_000_000, session.playback().time(), "the first thing that happens: all five wake at 2 s");
        robot.type(KeyCode.RIGHT);
        assertEquals(2_300_000, session.playback().time());
        robot.type(KeyCode.LEFT);
        assertEquals(2_000_000, session.playback().time());
        assertFalse(session.playback().isPlaying());
    }

    /**
     * The sequential program has one goroutine, main, on the call and inside it on the sleep: its
     * badges name main, where "×1 running" and "×1 sleeping" read as two goroutines.
     */
    @Test
    void theSequentialBadgesNameMain(FxRobot robot) {
        robot.interact(() -> {
            session.selectMode(dev.golanes.scenario.Mode.SEQUENTIAL);
            session.playback().seek(1_000_000);
        });
        try {
            assertEquals(List.of("main in this call", "main sleeping"), badges(robot));
        } finally {
            robot.interact(() -> session.selectMode(dev.golanes.scenario.Mode.MUTEX));
        }
    }

    @Test
    void theCodePanelCountsTheGoroutinesOnEachLine(FxRobot robot) {
        robot.interact(() -> session.playback().seek(2_100_000));
        List<String> badges = badges(robot);
        assertTrue(badges.contains("×4 waiting"), badges.toString());
        assertTrue(badges.contains("×1 holding the lock"), badges.toString());
        robot.interact(() -> session.playback().seek(1_000_000));
        assertTrue(badges(robot).contains("×5 sleeping"), badges(robot).toString());
    }

    /** Only main waits in wg.Wait(): its badge names it, where "×1 waiting" reads as a goroutine. */
    @Test
    void theWaitGroupWaitBadgeNamesMain(FxRobot robot) {
        robot.interact(() -> session.playback().seek(1_000_000));
        assertEquals(List.of("main waiting", "×5 sleeping"), badges(robot));
    }

    /**
     * The queue waits on m.Lock() and the holder is on the line below: in a panel too short for the
     * program, both come into view, whole, and the busiest line stays there as time moves on.
     */
    @Test
    void theCodePanelShowsTheLockQueueAndItsHolderTogether(FxRobot robot) {
        assertInView(robot, 2_100_000, "×4 waiting", "×1 holding the lock");
        assertInView(robot, 2_450_000, "×3 waiting", "×1 holding the lock");
        assertInView(robot, 1_000_000, "×5 sleeping");
        assertInView(robot, 2_100_000, "×4 waiting", "×1 holding the lock");
    }

    /**
     * After the bad-unlock pitfall has ended nobody is on a line, so the panel shows where it goes
     * wrong: both its bug lines, the missing m.Lock() and the m.Unlock() where Go stops the program.
     */
    @Test
    void atTheEndOfAPitfallItsBugLinesAreInView(FxRobot robot) {
        robot.interact(() -> session.selectMode(Mode.DOUBLE_UNLOCK));
        robot.interact(() -> session.playback().seek(1_000_000));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = robot.lookup("#code .viewport").query();
        javafx.geometry.Bounds shown = viewport.localToScene(viewport.getBoundsInLocal());
        List<Node> bugs = robot.lookup(".code-line").queryAll().stream()
                .filter(line -> line.getPseudoClassStates().contains(Styles.BUG)).toList();
        assertEquals(2, bugs.size(), "the bad-unlock program has two bug lines");
        for (Node line : bugs) {
            javafx.geometry.Bounds bounds = line.localToScene(line.getBoundsInLocal());
            assertTrue(bounds.getMinY() >= shown.getMinY() - 0.5 && bounds.getMaxY() <= shown.getMaxY() + 0.5,
                    "a bug line, " + bounds + ", is out of the code panel's view " + shown);
        }
    }

    /** The code panel never starts through the middle of a line: no sliver of one at its top. */
    @Test
    void theCodePanelStartsAtTheTopOfALine(FxRobot robot) {
        for (long time : new long[] {1_000_000, 2_100_000, 2_450_000, 3_000_000, Long.MAX_VALUE, 2_100_000}) {
            robot.interact(() -> session.playback().seek(time));
            WaitForAsyncUtils.waitForFxEvents();
            Node viewport = robot.lookup("#code .viewport").query();
            double top = viewport.localToScene(viewport.getBoundsInLocal()).getMinY();
            for (Node line : robot.lookup(".code-line").queryAll()) {
                javafx.geometry.Bounds bounds = line.localToScene(line.getBoundsInLocal());
                assertFalse(bounds.getMinY() < top - 0.5 && bounds.getMaxY() > top + 0.5,
                        "at " + time + " us a line, " + bounds + ", is cut by the top of the code panel at " + top);
            }
        }
    }

    /** A short line keeps its badge at its end; a long one, in this narrow panel, gets it on a row below. */
    @Test
    void aBadgeMovesUnderALineTooLongToFitBesideIt(FxRobot robot) {
        robot.interact(() -> session.playback().seek(2_100_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("code-text-row", rowOfBadge(robot, "main waiting"), "wg.Wait() is short");
        assertEquals("code-badge-row", rowOfBadge(robot, "×1 holding the lock"), "the hold line has a long comment");
    }

    private static String rowOfBadge(FxRobot robot, String text) {
        Label badge = robot.lookup(".code-badge").queryAllAs(Label.class).stream()
                .filter(each -> each.isVisible() && each.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no badge " + text + ": " + badges(robot)));
        return badge.getParent().getStyleClass().get(0);
    }

    private void assertInView(FxRobot robot, long time, String... badgeTexts) {
        robot.interact(() -> session.playback().seek(time));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = robot.lookup("#code .viewport").query();
        javafx.geometry.Bounds shown = viewport.localToScene(viewport.getBoundsInLocal());
        for (String text : badgeTexts) {
            Node line = robot.lookup(".code-badge").queryAllAs(Label.class).stream()
                    .filter(badge -> badge.isVisible() && badge.getText().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no badge " + text + " at " + time + ": " + badges(robot)));
            while (!line.getStyleClass().contains("code-line")) {
                line = line.getParent();
            }
            javafx.geometry.Bounds bounds = line.localToScene(line.getBoundsInLocal());
            assertTrue(bounds.getMinY() >= shown.getMinY() - 0.5 && bounds.getMaxY() <= shown.getMaxY() + 0.5,
                    "at " + time + " us the line of " + text + ", " + bounds + ", is out of the code panel's view " + shown);
        }
    }

    @Test
    void clickingAConsoleLineShowsWhoPrintedItAndWhen(FxRobot robot) {
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents(); // the console scrolls to its end a moment later
        ListView<?> console = robot.lookup("#console").queryListView();
        javafx.geometry.Bounds view = console.localToScreen(console.getBoundsInLocal());
        // A line on screen: the console has scrolled to its end.
        javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(c -> (javafx.scene.control.ListCell<?>) c)
                .filter(c -> c.getItem() instanceof String text && text.startsWith("The result") && c.isVisible()
                        && view.contains(c.localToScreen(c.getBoundsInLocal())))
                .findFirst().orElseThrow();
        String line = (String) cell.getItem();
        robot.clickOn(cell);
        int lane = Integer.parseInt(line.replaceAll(".*id", ""));
        assertEquals(lane, session.selectedLaneProperty().get());
        assertEquals(2_000_000, session.playback().time(), "every goroutine printed when its 2 s sleep ended");
        assertEquals("The Go program · where dbCall(id" + lane + ") is",
                robot.lookup(".panel-heading").match(n -> ((Label) n).getText().startsWith("The Go"))
                        .queryAs(Label.class).getText());
    }

    /**
     * In a run Go stopped (its error at the console's end), the line clicked is marked: the seek to when
     * it was printed gives the console fewer lines, another line moved under the pointer and only that
     * one was lit (the hover). The mark goes when the run moves on.
     */
    @Test
    void aLineClickedInAStoppedRunIsMarked(FxRobot robot) {
        robot.interact(() -> {
            session.selectMode(Mode.DOUBLE_UNLOCK);
            session.playback().seek(Long.MAX_VALUE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> console = robot.lookup("#console").queryListView();
        // From the top of the console: in a small window (another test class may leave the stage so) the
        // end shows only Go's error.
        robot.interact(() -> console.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = shownLines(robot, console);
        assertTrue(!lines.isEmpty(), "a printed line in view");
        for (String line : lines) {
            robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> console.scrollTo(0));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                    .stream().filter(c -> line.equals(c.getItem()) && c.isVisible()).findFirst().orElseThrow();
            robot.clickOn(cell);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Integer.parseInt(line.replaceAll(".*id", "")), session.selectedLaneProperty().get(), line);
            assertEquals(line, console.getSelectionModel().getSelectedItem(), "the line picked");
            javafx.scene.control.ListCell<?> picked = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                    .stream().filter(c -> line.equals(c.getItem()) && c.isVisible()).findFirst().orElseThrow();
            assertTrue(picked.getBackground() != null && picked.getBackground().getFills().size() == 2,
                    line + ": marked with a bar, " + picked.getBackground());
        }
        robot.type(KeyCode.RIGHT);
        assertTrue(console.getSelectionModel().isEmpty(), "stepped on, no line is marked");
        // Another goroutine picked in the lanes: the line is no longer its goroutine's.
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> console.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        String first = lines.get(0);
        javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> first.equals(c.getItem()) && c.isVisible()).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(console.getSelectionModel().isEmpty());
        int other = session.selectedLaneProperty().get() == 1 ? 2 : 1;
        robot.interact(() -> session.selectLane(other));
        assertTrue(console.getSelectionModel().isEmpty(), "another lane picked, no line is marked");
    }

    /** The printed results the console shows whole, top to bottom. */
    private static List<String> shownLines(FxRobot robot, ListView<?> console) {
        javafx.geometry.Bounds view = console.localToScreen(console.getBoundsInLocal());
        List<String> lines = new java.util.ArrayList<>();
        robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof String text && text.startsWith("The result") && c.isVisible()
                        && view.contains(c.localToScreen(c.getBoundsInLocal())))
                .sorted(java.util.Comparator.comparingDouble(c -> c.localToScreen(0, 0).getY()))
                .forEach(c -> lines.add((String) c.getItem()));
        return lines;
    }

    /** The time axis is a ruler: a click there moves the playhead (it only let go of the lane), a drag scrubs. */
    @Test
    void clickingTheTimeAxisMovesThePlayhead(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> session.selectLane(2));
        var layout = timeline.layoutUsed();
        double y = timeline.snappedTopInset() + (layout.axisTop() + layout.lanesTop()) / 2;
        robot.clickOn(timeline.localToScreen(timeline.snappedLeftInset() + layout.x(1_000_000), y));
        assertEquals(1_000_000, session.playback().time(), 10_000, "about 1000 ms");
        assertEquals(2, session.selectedLaneProperty().get(), "the lane stays picked");
        robot.drag(timeline.localToScreen(timeline.snappedLeftInset() + layout.x(1_000_000), y))
                .dropTo(timeline.localToScreen(timeline.snappedLeftInset() + layout.x(2_500_000), y));
        assertEquals(2_500_000, session.playback().time(), 10_000, "dragged to about 2500 ms");
    }

    @Test
    void clickingALaneSelectsItAndClickingAgainLetsGo(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        var layout = timeline.layoutUsed();
        double y = layout.rowTop(3) + layout.laneHeight() / 2;
        robot.clickOn(timeline.localToScreen(layout.left() + 20, y));
        assertEquals(3, session.selectedLaneProperty().get());
        robot.clickOn(timeline.localToScreen(layout.left() + 20, y));
        assertEquals(-1, session.selectedLaneProperty().get());
    }

    @Test
    void theScrubberMovesThePlayhead(FxRobot robot) {
        Slider scrubber = robot.lookup("#scrubber").queryAs(Slider.class);
        assertEquals(3_500_000, scrubber.getMax(), 0.001);
        robot.interact(() -> scrubber.setValue(2_650_000));
        assertEquals(2_650_000, session.playback().time());
        // Written as the clock and the axis write it: 2650 ms, not 2,650, whose Indonesian form 2.650
        // reads like Go's seconds ("3.5s") at the end of the run; five digits and more are grouped.
        assertEquals("2650 / 3500 ms", robot.lookup("#time-readout").queryAs(Label.class).getText());
        assertEquals("2650 ms", robot.lookup("#clock").queryAs(Label.class).getText());
        robot.interact(() -> session.playback().seek(1_000_000));
        assertEquals(1_000_000, scrubber.getValue(), 0.001);
    }

    @Test
    void ctrlPlusZoomsAroundThePlayheadAndCtrlZeroShowsAll(FxRobot robot) {
        robot.interact(() -> session.playback().seek(2_000_000));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(session.viewport().isZoomed());
        var window = session.viewport().window();
        assertTrue(window.start() < 2_000_000 && 2_000_000 < window.end(), window.toString());
        assertTrue(robot.lookup("#overview").queryAs(OverviewView.class).isVisible(), "a zoomed view shows the overview");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertFalse(session.viewport().isZoomed());
    }

    @Test
    void keyFourIsTheRaceAndItsLostIdsAreShown(FxRobot robot) {
        robot.type(KeyCode.DIGIT4);
        assertEquals(Mode.RACE, session.trace().scenario().mode());
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        String lost = robot.lookup("#lost").queryAs(Label.class).getText();
        assertEquals(4, lost.split(" ").length, lost);
        assertEquals(session.trace().console().get(session.trace().console().size() - 1),
                robot.lookup("#results").queryAs(Label.class).getText());
    }

    @Test
    void keyCComparesTheFourProgramsOnTheSameDelays(FxRobot robot) {
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        Stage compare = (Stage) Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        Node table = compare.getScene().lookup("#compare-table");
        // The totals wait for their programs to end; End shows them all.
        robot.interact(() -> compare.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.END, false, false, false, false)));
        List<String> cells = robot.from(table).lookup(".label").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).collect(Collectors.toList());
        // The reasons keep each number with its unit (no-break spaces) where they wrap.
        assertTrue(cells.contains("the longest sleep (2000\u00A0ms) plus 1500\u00A0ms of waiting for and holding the lock"), cells.toString());
        cells.replaceAll(cell -> cell.replace('\u00A0', ' '));
        assertTrue(cells.containsAll(List.of("Sequential", "10s", "the sum of the sleeps: 10,000 ms", "Concurrent", "2s",
                "Mutex", "3.5s", "Race", "2.3s", "the longest sleep (2000 ms) plus the 300 ms read-write gap; 4 of 5 ids lost to overlapping appends")), cells.toString());
        // No-break spaces keep each number with its unit when the title wraps.
        assertEquals("Same seed 42, 5\u00A0calls, 2000\u00A0ms each, hold 300\u00A0ms, simulated",
                ((Label) compare.getScene().lookup(".compare-title")).getText());
        robot.interact(() -> compare.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        assertFalse(compare.isShowing(), "Esc closes the compare window");
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup(".code-badge").queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText)
                .collect(Collectors.toList());
    }

    /**
     * The lock's queue, longest waiting first, says why: a class took the line for a promise of Go's.
     * Go's mutex lets a newcomer in ahead of its waiters until one has failed to get it for over 1 ms.
     */
    @Test
    void theLocksQueueSaysGoPromisesNoOrder(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        Label queue = (Label) stage.getScene().lookup("#lock-queue");
        assertEquals("id5, id4, id2", queue.getText());
        String tip = queue.getTooltip().getText();
        assertTrue(tip.contains("over 1 ms") && tip.endsWith("Go itself promises no order."), tip);
    }

    /**
     * The note at the end names the call whose m.Unlock() ended the run; with twenty calls only some
     * have rows in view, and that call's row was left scrolled out, so the note pointed at nothing
     * the class could see. Reaching the end scrolls it into view; where the note names no call, the
     * view stays.
     */
    @Test
    void theEndShowsTheCallItsNoteNames(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        try {
            int named = scrolledAwayFromItsDecidingCall(robot, timeline,
                    new Scenario(Mode.MUTEX, 20, new dev.golanes.scenario.DelaySpec.Fixed(2000), 300, 42));
            robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
            WaitForAsyncUtils.waitForFxEvents();
            var end = timeline.layoutUsed();
            assertTrue(end.isVisible(named), "the note names id" + named + "; in view are id" + end.firstCall()
                    + " to id" + (end.firstCall() + end.visibleCalls() - 1));
            // Twenty equal sleeps that end together decide the total together, and the race's note counts the
            // ids lost: neither names a call, and the view stays.
            for (Scenario unnamed : List.of(new Scenario(Mode.CONCURRENT, 20, new dev.golanes.scenario.DelaySpec.Fixed(2000), 300, 42),
                    new Scenario(Mode.RACE, 20, new dev.golanes.scenario.DelaySpec.Random(2000), 300, 42))) {
                scrolledAwayFromItsDecidingCall(robot, timeline, unnamed);
                int away = session.viewport().firstCallProperty().get();
                robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(away, timeline.layoutUsed().firstCall(), unnamed.mode() + ": no call named, no scroll");
            }
        } finally {
            robot.interact(() -> session.load(fileOf(Scenario.defaults(Mode.MUTEX, 42))));
        }
    }

    /**
     * Loads twenty calls, ready to play, with the lanes scrolled to the other end from the call whose span
     * decides the total; returns that call's lane.
     */
    private int scrolledAwayFromItsDecidingCall(FxRobot robot, TimelineView timeline, Scenario scenario) {
        robot.interact(() -> session.load(fileOf(scenario)));
        WaitForAsyncUtils.waitForFxEvents();
        int deciding = dev.golanes.trace.TotalRule.of(session.trace()).lane();
        var layout = timeline.layoutUsed();
        assertTrue(layout.scrolls(), "twenty calls scroll at 1280 x 720");
        robot.interact(() -> session.viewport().firstCallProperty().set(deciding > 10 ? 1 : layout.maxFirstCall()));
        assertFalse(timeline.layoutUsed().isVisible(deciding), "id" + deciding + " out of view before the end");
        return deciding;
    }

    /** A scenario as a file holds it, to load as Ctrl+O does. */
    private static dev.golanes.scenario.ScenarioFile.Contents fileOf(Scenario scenario) {
        try {
            return dev.golanes.scenario.ScenarioFile.read(dev.golanes.scenario.ScenarioFile.write(scenario, "sim", 1)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (dev.golanes.scenario.ScenarioFileException e) {
            throw new AssertionError("a file GoLanes wrote was refused: " + e.getMessage(), e);
        }
    }
}
