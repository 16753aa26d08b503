package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.EngineKind;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.Session;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A classroom projector of 1280x720: in both languages, normal and presenting, no button is cut
 * short and the status bar and the total stay on screen.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;

    private Stage stage;
    private Session session;

    @Start
    void start(Stage window) {
        stage = window;
    }

    @Test
    void englishFitsWithTheBrand(FxRobot robot) {
        Scene scene = show(robot, Locale.ENGLISH, Mode.MUTEX, false);
        assertEquals(List.of(), cutTexts(scene.lookup(".toolbar")));
        assertTrue(scene.lookup(".brand").isVisible(), "room for the brand in English");
        assertOnScreen(scene);
    }

    /**
     * Switching to real threads brings Stop into the toolbar. Presenting at 1280 x 720 in Indonesian the
     * brand then went, and every program button jumped 130 px to the left; the bar now keeps room for
     * Stop, so nothing but Stop itself changes.
     */
    @Test
    void realThreadsStopMovesNoOtherButton(FxRobot robot) {
        List<String> moved = new ArrayList<>();
        for (double[] screen : new double[][] {{WIDTH, HEIGHT}, {1024, 768}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                for (boolean presenting : new boolean[] {false, true}) {
                    Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), presenting, false, screen[0], screen[1]);
                    String where = screen[0] + " x " + screen[1] + ", " + locale + (presenting ? ", presenting" : "");
                    Map<String, Bounds> before = toolbarButtons(scene);
                    assertTrue(before.size() >= 8, where + ": " + before.keySet());
                    robot.interact(() -> session.selectEngine(EngineKind.REAL));
                    robot.interact(() -> scene.getRoot().layout());
                    assertTrue(scene.lookup("#stop").isVisible(), where + ": Stop shows");
                    Map<String, Bounds> after = toolbarButtons(scene);
                    if (!before.equals(after)) {
                        moved.add(where + ": " + before + " became " + after);
                    }
                    assertEquals(List.of(), cutTexts(scene.lookup(".toolbar")), where);
                    robot.interact(() -> session.selectEngine(EngineKind.SIM));
                }
            }
        }
        assertEquals(List.of(), moved);
    }

    /** Where each shown toolbar button but Stop is, and whether the brand shows. */
    private static Map<String, Bounds> toolbarButtons(Scene scene) {
        Map<String, Bounds> where = new java.util.TreeMap<>();
        for (Node node : scene.lookup(".toolbar").lookupAll("*")) {
            if ((node.getStyleClass().contains("brand") || node instanceof javafx.scene.control.ButtonBase
                    || node instanceof javafx.scene.control.MenuButton) && node.isVisible() && !"stop".equals(node.getId())) {
                where.put(node.getId() == null ? node.getStyleClass().toString() : node.getId(), bounds(node));
            }
        }
        return where;
    }

    @Test
    void indonesianDropsTheBrandRatherThanCutAButton(FxRobot robot) {
        for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.DOUBLE_UNLOCK, Mode.MISSING_DONE)) {
            Scene scene = show(robot, Locale.forLanguageTag("id"), mode, false);
            assertEquals(List.of(), cutTexts(scene.lookup(".toolbar")), mode.id());
            assertOnScreen(scene);
        }
        Scene scene = show(robot, Locale.forLanguageTag("id"), Mode.SEQUENTIAL, false);
        robot.interact(() -> session.playback().seek(0));
        robot.interact(() -> scene.getRoot().layout());
        assertOnScreen(scene);
    }

    /** Before a run, the longest status line ("Siap: tekan Jalankan (Enter) atau Spasi untuk memutar") beside each mode's explanation. */
    @Test
    void theExplanationWrapsBesideTheStatusInsteadOfRunningUnderIt(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (Mode mode : Mode.values()) {
                Scene scene = show(robot, locale, Scenario.defaults(mode, 42), false, false);
                Bounds explanation = bounds(firstText(scene.lookup("#explanation")));
                Bounds status = bounds(firstText(scene.lookup("#status")));
                String where = locale + ", " + mode.id();
                assertTrue(explanation.getMaxX() <= status.getMinX(),
                        where + ": the explanation ends at x " + explanation.getMaxX() + ", the status starts at x " + status.getMinX());
                assertEquals(List.of(), cutTexts(scene.lookup(".status-bar")), where);
            }
        }
    }

    /**
     * Presenting on a 1024 x 768 projector, a real run's total in microseconds ("2.455736s") left the
     * rule beside it 60 px, and "= the last append" broke "append" in two. The rule goes under the
     * total instead, whole words on a line; beside a short total ("2.3s") it stays where it was.
     */
    @Test
    void theRuleBesideTheTotalNeverBreaksAWord(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Scene scene = show(robot, locale, new Scenario(Mode.RACE, 3, new DelaySpec.Fixed(2000), 300, 42), true, true,
                    1024, 768);
            Labeled rule = (Labeled) scene.lookup("#total-rule");
            Node clock = scene.lookup("#clock");
            assertTrue(bounds(rule).getMinX() > bounds(clock).getMaxX(), locale + ": beside a short total");
            // While the real run goes on, its place is chosen once, for as long as the axis reaches:
            // the side panel does not move as the clock grows.
            List<Parent> places = new ArrayList<>();
            for (long now : new long[] {12_000, 900_000, 2_100_000, 2_400_000}) {
                robot.interact(() -> session.playback().follow(realRaceSoFar(now), 2_300_000));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> scene.getRoot().layout());
                places.add(rule.getParent());
            }
            assertEquals(1, places.stream().distinct().count(), locale + ": the rule moved during the run");
            robot.interact(() -> session.playback().load(realRace()));
            robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
            assertEquals(places.get(0), rule.getParent(), locale + ": the rule moved at the end of the run");
            assertEquals("2.455736s".replace(".", locale.getLanguage().equals("id") ? "," : "."), ((Labeled) clock).getText());
            assertTrue(rule.isVisible(), "the rule shows at the end");
            for (String word : rule.getText().split("\\s+")) {
                double width = TextWidth.of(rule.getFont(), word);
                assertTrue(rule.getWidth() - rule.snappedLeftInset() - rule.snappedRightInset() >= width,
                        locale + ": the rule is " + rule.getWidth() + " px wide, \"" + word + "\" is " + width);
            }
            Bounds box = bounds(scene.lookup(".clock-box"));
            assertTrue(bounds(rule).getMaxX() <= box.getMaxX() && bounds(rule).getMaxY() <= box.getMaxY(),
                    locale + ": the rule is in the total's box");
            assertOnScreenAt(scene, 768);
            // Leaving presentation mode restyles the panel: the rule goes back beside the smaller total
            // after the restyle, not in the middle of it (moved then, it broke JavaFX's pass over the
            // clock's column: "Index 2 out of bounds for length 2").
            robot.interact(() -> {
                scene.getRoot().getStyleClass().remove("presenting");
                session.presentingProperty().set(false);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
            assertTrue(bounds(rule).getMinX() > bounds(clock).getMaxX(), locale + ": beside the total again, not presenting");
        }
    }

    /** The same real race, {@code now} µs in: the goroutines started and sleeping. */
    private static Trace realRaceSoFar(long now) {
        TraceBuilder real = new TraceBuilder(new Scenario(Mode.RACE, 3, new DelaySpec.Fixed(2000), 300, 42), "real");
        for (int lane = 1; lane <= 3; lane++) {
            real.mark(0, MarkKind.GO, lane * 100L, lane);
            real.begin(lane, SpanKind.SLEEP, lane * 100L, 2000);
        }
        real.begin(0, SpanKind.WG_WAIT, 400, 0);
        return real.build(now, false);
    }

    /** A real race of three calls that ended 2,455,736 µs after the start: id3 overwrote id2. */
    private static Trace realRace() {
        TraceBuilder real = new TraceBuilder(new Scenario(Mode.RACE, 3, new DelaySpec.Fixed(2000), 300, 42), "real");
        int[] sleeps = new int[4];
        for (int lane = 1; lane <= 3; lane++) {
            real.mark(0, MarkKind.GO, lane * 100L, lane);
            sleeps[lane] = real.begin(lane, SpanKind.SLEEP, lane * 100L, 2000);
        }
        int wait = real.begin(0, SpanKind.WG_WAIT, 400, 0);
        for (int lane = 1; lane <= 3; lane++) {
            long woke = 2_000_000L + lane * 50_000L;
            real.end(sleeps[lane], woke);
            real.end(real.begin(lane, SpanKind.APPEND, woke, lane == 1 ? 0 : 1), woke + 300_000);
        }
        real.end(wait, 2_455_736);
        return real.build(2_455_736, true);
    }

    @Test
    void presentingKeepsTheStatusBarAndTheTotalOnScreen(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Scene scene = show(robot, locale, Mode.MUTEX, true);
            assertEquals(List.of(), cutTexts(scene.lookup(".toolbar")), locale.toString());
            assertOnScreen(scene);
        }
    }

    /**
     * An old classroom's 800 x 600 projector: presenting, the window was laid out for 1024 x 768 at
     * least, so it ran past the screen's right edge (the side panel cut in half, Export and Menu off
     * the screen, a scroll bar under it all) and the console showed no line. It is now laid out as on
     * 1024 x 768, smaller by as much.
     */
    @Test
    void presentingOnAnOldProjectorOf800x600FitsTheScreen(FxRobot robot) {
        try {
            oldProjector(robot);
        } finally {
            // The tests after this one take the stage as they find it.
            robot.interact(() -> {
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
            });
        }
    }

    private void oldProjector(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (boolean atEnd : List.of(false, true)) {
                Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), true, atEnd, 800, 600);
                // The stage keeps a size set by a test before: the projector's.
                robot.interact(() -> {
                    stage.setWidth(800);
                    stage.setHeight(600);
                });
                for (int i = 0; i < 3; i++) {
                    robot.interact(() -> scene.getRoot().layout());
                    WaitForAsyncUtils.waitForFxEvents();
                }
                assertEquals(800, scene.getWidth(), "the scene's width");
                String where = locale + (atEnd ? " at the end" : " at the start");
                Bounds side = bounds(scene.lookup(".side"));
                assertTrue(side.getMaxX() <= 800.5, where + ": the side panel ends at x = " + side.getMaxX());
                assertTrue(bounds(scene.lookup("#menu")).getMaxX() <= 800.5, where + ": the menu ends at x = "
                        + bounds(scene.lookup("#menu")).getMaxX());
                assertEquals(List.of(), cutTexts(scene.lookup(".toolbar")), where);
                double code = bounds(scene.lookup("#code")).getHeight();
                assertTrue(code >= 80, where + ": the code panel " + code + " px high");
                double console = bounds(scene.lookup(".console")).getHeight();
                assertTrue(console >= 60, where + ": the console " + console + " px high");
                assertOnScreenAt(scene, 600);
            }
        }
    }

    /**
     * Presenting ten calls on a 1024 x 768 projector, the lanes show some of them and a clicker cannot
     * scroll them: a step to where only calls out of view act brings one into view.
     */
    @Test
    void presentingAStepShowsACallThatActs(FxRobot robot) {
        try {
            Scene scene = show(robot, Locale.forLanguageTag("id"), new Scenario(Mode.MUTEX, 10, new DelaySpec.Fixed(2000), 300, 7),
                    true, false, 1024, 768);
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            TimelineView timeline = (TimelineView) scene.lookup("#timeline");
            assertTrue(timeline.layoutUsed().scrolls(), "ten calls scroll at 1024 x 768");
            int moved = 0;
            for (int step = 0; step < 60 && session.playback().time() < session.trace().endMicros(); step++) {
                int before = session.viewport().firstCallProperty().get();
                robot.interact(() -> session.playback().stepForward());
                robot.interact(() -> scene.getRoot().layout());
                WaitForAsyncUtils.waitForFxEvents();
                int first = timeline.layoutUsed().firstCall();
                int last = first + timeline.layoutUsed().visibleCalls() - 1;
                int[] acting = session.playback().index().callsActingAt(session.playback().time());
                assertTrue(acting.length == 0 || java.util.Arrays.stream(acting).anyMatch(call -> call >= first && call <= last),
                        "at " + session.playback().time() + " µs calls " + java.util.Arrays.toString(acting) + " act, calls "
                                + first + " to " + last + " are in view");
                moved += session.viewport().firstCallProperty().get() != before ? 1 : 0;
            }
            assertTrue(moved > 0, "the lanes never moved");
        } finally {
            robot.interact(() -> {
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
            });
        }
    }

    /**
     * A real run of 100 calls stopped with Stop: its lanes scroll, and its note (two lines) was drawn over
     * the legend, the room under the rows kept only for a finished run's note.
     */
    @Test
    void aStoppedRunsNoteHasItsRoomWhenTheLanesScroll(FxRobot robot) {
        Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(Mode.MUTEX, 42), false, false);
        dev.golanes.trace.TraceBuilder builder = new dev.golanes.trace.TraceBuilder(
                new Scenario(Mode.MUTEX, 100, new DelaySpec.Fixed(2000), 300, 42), "real");
        for (int lane = 1; lane <= 100; lane++) {
            builder.begin(lane, dev.golanes.trace.SpanKind.SLEEP, lane * 10L, 2000);
        }
        dev.golanes.trace.Trace stopped = builder.build(1_500_000, false);
        robot.interact(() -> {
            session.playback().load(stopped);
            session.playback().seek(stopped.endMicros());
        });
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
        TimelineView timeline = (TimelineView) scene.lookup("#timeline");
        dev.golanes.render.TimelineLayout used = timeline.layoutUsed();
        assertTrue(used.scrolls(), "100 calls scroll");
        assertTrue(used.legendTop() - used.noteTop() >= 30, "the note's room: from " + used.noteTop() + " to the legend at "
                + used.legendTop());
    }

    /**
     * A student's 10,000 calls presented: 2.8 s in, 9,997 goroutines queue for the lock. The queue
     * and the slice it leads to, six ids and the last three each in large type, took the side panel's
     * height: the program's heading went above the window, its code down to one line, and the clock
     * under the status bar. Presenting, a long list shows its first id and its last.
     */
    @Test
    void presentingTheQueueOfManyCallsLeavesTheProgramAndTheClock(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Scene scene = show(robot, locale, new Scenario(Mode.MUTEX, 10_000, new DelaySpec.Fixed(2000), 300, 42), true, false);
            robot.interact(() -> session.playback().seek(2_877_000));
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            String where = locale.toString();
            theProgramHasItsRoom(scene, where);
            assertTrue(((Labeled) scene.lookup("#lock-queue")).getText().contains("(9997\u00a0"), where);
            assertOnScreen(scene);
        }
    }

    /**
     * Presenting 1,000 calls on a 1024 x 768 projector, in both languages: four ids of the queue and
     * six of the slice, in large type in the narrow value column, took four lines each; the program's
     * heading went above the panel and the code down to one line with its badge cut. Presenting, a
     * list longer than the tutorial's five shows its first id and its last, with the count.
     */
    @Test
    void presentingManyCallsOnA1024ProjectorLeavesTheProgramItsRoom(FxRobot robot) {
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                for (long at : new long[] {4_072_000, Long.MAX_VALUE}) {
                    Scene scene = showAt1024(robot, locale, new Scenario(Mode.MUTEX, 1000, new DelaySpec.Random(2000), 300, 42), true, at);
                    theProgramHasItsRoom(scene, locale + (at == Long.MAX_VALUE ? " at the end" : " at " + at / 1000 + " ms"));
                    assertOnScreenAt(scene, 768);
                }
            }
        } finally {
            robot.interact(() -> {
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
            });
        }
    }

    @Test
    void theConsoleShowsItsLastLineAtTheEnd(FxRobot robot) {
        for (boolean presenting : new boolean[] {false, true}) {
            for (Scenario scenario : List.of(Scenario.defaults(Mode.MISSING_DONE, 42),
                    new Scenario(Mode.CONCURRENT, 1000, new DelaySpec.Random(2000), 0, 42))) {
                lastLineShows(robot, show(robot, Locale.ENGLISH, scenario, presenting), presenting);
            }
        }
    }

    /**
     * At the end, scrolled to the newest line: the top of the console shows whole rows of text, never
     * the bottoms of a row's letters; also inside a line that wraps (mutex's results of 1,000 ids).
     */
    @Test
    void theConsoleShowsNoSliverOfALineAtItsTop(FxRobot robot) {
        for (boolean presenting : new boolean[] {false, true}) {
            for (Scenario scenario : List.of(Scenario.defaults(Mode.MUTEX, 42), Scenario.defaults(Mode.MISSING_DONE, 42),
                    new Scenario(Mode.CONCURRENT, 1000, new DelaySpec.Random(2000), 0, 42),
                    new Scenario(Mode.MUTEX, 1000, new DelaySpec.Fixed(20), 1, 42))) {
                Scene scene = show(robot, Locale.ENGLISH, scenario, presenting);
                WaitForAsyncUtils.waitForFxEvents();
                Node flow = scene.lookup("#console .virtual-flow");
                // Where the clip starts to show the rows (at their left, away from the scroll bar).
                double shownFrom = 0;
                while (flow.getClip() != null && !flow.getClip().contains(10, shownFrom) && shownFrom < 200) {
                    shownFrom += 0.25;
                }
                Node bar = flow.lookupAll(".scroll-bar").stream().filter(Node::isVisible)
                        .filter(b -> ((ScrollBar) b).getOrientation() == Orientation.VERTICAL)
                        .findFirst().orElse(null);
                if (flow.getClip() != null && bar != null) {
                    Bounds whole = flow.sceneToLocal(bar.localToScene(bar.getLayoutBounds()));
                    assertTrue(flow.getClip().contains(whole.getCenterX(), whole.getMinY() + 1),
                            scenario.mode() + ": the scroll bar's top is hidden with the part row");
                }
                for (Node node : flow.lookupAll(".list-cell")) {
                    ListCell<?> cell = (ListCell<?>) node;
                    Bounds box = flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                    // The rows' pitch as the cell lays them out: a wrapped line's rows are not quite the
                    // font's height apart, which its ninety rows of results add up to a row's fifth.
                    double text = box.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
                    double font = WholeLinesFlow.rowHeight(cell.getFont());
                    double row = text / Math.max(1, Math.round(text / font));
                    for (double top = box.getMinY() + cell.snappedTopInset(); top < box.getMaxY() - 1; top += row) {
                        boolean cut = top < shownFrom - row * WholeLinesFlow.LETTERLESS_TOP && top + row > shownFrom + 0.5;
                        assertFalse(cell.isVisible() && cut, scenario.mode() + ", " + scenario.calls() + " calls"
                                + (presenting ? ", presenting" : "") + ": a row at " + top + " shows from " + shownFrom);
                    }
                }
            }
        }
    }

    /**
     * Presenting on a 1024 x 768 projector, the divider over the console dragged as far up as it goes
     * (for more of the program's output): the timeline keeps main's row and at least two calls' rows
     * over the note and legend. It kept none, only main's row with the note and legend under it.
     */
    @Test
    void aDividerDraggedUpLeavesTheLanesRows(FxRobot robot) {
        for (boolean presenting : new boolean[] {true, false}) {
            Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(Mode.CONCURRENT, 42), presenting, true, 1024, 768);
            SplitPane work = scene.getRoot().lookupAll(".work").stream().map(node -> (SplitPane) node)
                    .filter(pane -> pane.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
            robot.interact(() -> work.setDividerPositions(0.05));
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            TimelineView timeline = (TimelineView) scene.lookup("#timeline");
            assertTrue(timeline.layoutUsed().visibleCalls() >= 2, (presenting ? "presenting" : "not presenting") + ": "
                    + timeline.layoutUsed().visibleCalls() + " calls' rows in a timeline " + timeline.getHeight() + " tall");
            // Zoomed in, the time's scroll bar comes under the lanes: the least height makes room for it too.
            robot.interact(() -> {
                session.viewport().zoomIn(1_000_000);
                session.viewport().zoomIn(1_000_000);
            });
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
            assertTrue(session.viewport().isZoomed(), "zoomed");
            assertTrue(timeline.layoutUsed().visibleCalls() >= 2, (presenting ? "presenting" : "not presenting") + ", zoomed: "
                    + timeline.layoutUsed().visibleCalls() + " calls' rows in a timeline " + timeline.getHeight() + " tall");
        }
    }

    /**
     * On a 1280 x 768 laptop, the timeline made narrow (the side panel's divider dragged left) and the
     * console's divider dragged as far up as it goes: the play bar stays whole. The hint above the
     * lanes then takes three lines, which the least height did not count, and the Play button was cut.
     */
    @Test
    void aNarrowTimelineDraggedUpKeepsItsPlayBar(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), false, true, 1280, 768);
            Node divider = dividerUpAsFarAsItGoes(robot, scene);
            // The divider's own clamp asks the pane's least height without a width.
            javafx.scene.layout.Region pane = (javafx.scene.layout.Region) scene.lookup(".timeline-box");
            assertTrue(pane.minHeight(-1) >= pane.minHeight(pane.getWidth()) - 0.5, locale + ": the pane's least height "
                    + pane.minHeight(-1) + ", and " + pane.minHeight(pane.getWidth()) + " at its width of " + pane.getWidth());
            thePlayBarIsWhole(scene, divider, locale.toString());
        }
    }

    /** The side panel's divider at 0.4, and the console's dragged by the mouse as far up as it goes: returns the latter. */
    private Node dividerUpAsFarAsItGoes(FxRobot robot, Scene scene) {
        SplitPane sides = scene.getRoot().lookupAll(".work").stream().map(node -> (SplitPane) node)
                .filter(pane -> pane.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
        SplitPane work = scene.getRoot().lookupAll(".work").stream().map(node -> (SplitPane) node)
                .filter(pane -> pane.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        robot.interact(() -> sides.setDividerPositions(0.4));
        robot.interact(() -> scene.getRoot().layout());
        // Dragged by the mouse, as the divider's own clamp is the drag's, not setDividerPositions'.
        Node divider = work.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("split-pane-divider"))
                .findFirst().orElseThrow();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -300).drop();
        // The pointer off the lanes, where it would show a tooltip in the next test.
        robot.moveTo(scene.lookup("#console"));
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
        return divider;
    }

    /** The play bar's controls end above the timeline pane's bottom and above the divider under it. */
    private static void thePlayBarIsWhole(Scene scene, Node divider, String what) {
        Node box = scene.lookup(".timeline-box");
        Bounds shown = box.localToScene(box.getLayoutBounds());
        Bounds line = divider.localToScene(divider.getLayoutBounds());
        for (String id : List.of("#play", "#replay", "#speed")) {
            Bounds control = scene.lookup(id).localToScene(scene.lookup(id).getLayoutBounds());
            assertTrue(control.getMaxY() <= Math.min(shown.getMaxY(), line.getMinY()) + 0.5, what + ": " + id + " ends at "
                    + control.getMaxY() + ", below the timeline's pane (" + shown.getMaxY() + ") or the divider (" + line.getMinY() + ")");
        }
    }

    /**
     * The console's heading is whole in both languages, presenting on a 1024 x 768 projector too: in
     * Indonesian it says that Go writes decimals with a point (the console's "1.929s" beside GoLanes'
     * "1,929s", which an Indonesian reader takes for thousands).
     */
    @Test
    void theConsolesHeadingIsWhole(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (boolean presenting : new boolean[] {false, true}) {
                Scene scene = show(robot, locale, Scenario.defaults(Mode.CONCURRENT, 42), presenting, true, 1024, 768);
                Labeled heading = (Labeled) scene.lookup(".console-box .panel-heading");
                assertEquals(List.of(), cutTexts(heading), locale + (presenting ? ", presenting" : ""));
            }
        }
        assertTrue(session.texts().format("panel.console").contains("titik desimal"));
    }

    /**
     * A divider the teacher dragged stays where it was put: through F5 and Esc, a window made shorter,
     * and clicks elsewhere in the timeline.
     */
    @Test
    void aDraggedDividerKeepsItsPlace(FxRobot robot) {
        Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(Mode.MUTEX, 42), false, false);
        // The split of the timeline over the console: the vertical one.
        SplitPane work = scene.getRoot().lookupAll(".work").stream().map(node -> (SplitPane) node)
                .filter(pane -> pane.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        Node divider = work.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("split-pane-divider"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            work.setDividerPositions(0.55);
            Event.fireEvent(divider, release());
        });
        robot.interact(() -> scene.getRoot().layout());
        for (boolean presenting : new boolean[] {true, false}) {
            robot.interact(() -> {
                if (presenting) {
                    scene.getRoot().getStyleClass().add("presenting");
                } else {
                    scene.getRoot().getStyleClass().remove("presenting");
                }
                session.presentingProperty().set(presenting);
            });
            robot.interact(() -> scene.getRoot().layout());
        }
        assertEquals(0.55, work.getDividerPositions()[0], 0.01, "after F5 and Esc");
        robot.interact(() -> Event.fireEvent(scene.lookup("#timeline"), release()));
        // Shorter and back (the headless screen is no taller than this window); the timeline's least
        // height may push the divider down meanwhile, but not for good.
        double height = stage.getHeight();
        try {
            robot.interact(() -> stage.setHeight(height - 120));
            robot.interact(() -> scene.getRoot().layout());
        } finally {
            robot.interact(() -> stage.setHeight(height));
        }
        robot.interact(() -> scene.getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.55, work.getDividerPositions()[0], 0.01, "after a click in the timeline, a shorter window and back");
    }

    /**
     * A window built at one size and then fitted to the screen (as the app does at start): the code
     * panel and the console have their shares of the fitted size, not the pixels of the first.
     */
    @Test
    void aWindowFittedAfterItsFirstLayoutKeepsItsShares(FxRobot robot) {
        Scene[] made = new Scene[1];
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            robot.interact(() -> {
                made[0] = new Scene(new StackPane(Views.load(new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH))),
                        900, 560);
                Themes.apply(made[0]);
                stage.setScene(made[0]);
                stage.setWidth(900);
                stage.setHeight(560);
                stage.show();
            });
            robot.interact(() -> made[0].getRoot().layout());
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
            });
            robot.interact(() -> made[0].getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            for (SplitPane pane : made[0].getRoot().lookupAll(".work").stream().map(node -> (SplitPane) node).toList()) {
                double wanted = pane.getOrientation() == Orientation.HORIZONTAL ? 0.62 : 0.7;
                assertEquals(wanted, pane.getDividerPositions()[0], 0.01, pane.getOrientation().toString());
            }
        } finally {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    private static MouseEvent release() {
        return new MouseEvent(MouseEvent.MOUSE_RELEASED, 10, 10, 10, 10, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, false, false, false, null);
    }

    /**
     * A 1024 x 768 projector, presenting or not: the toolbar's and the play bar's buttons keep their
     * words, the speed and the time are whole; in English, with the simulator and real threads (when
     * Stop is there too), every name in the toolbar is whole.
     */
    @Test
    void aProjectorOf1024KeepsTheControlsWords(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (EngineKind engine : EngineKind.values()) {
                for (boolean presenting : new boolean[] {false, true}) {
                    Scene[] made = new Scene[1];
                    robot.interact(() -> {
                        Session shown = new Session(Scenario.defaults(Mode.MUTEX, 42), locale, engine);
                        StackPane root = new StackPane(Views.load(shown));
                        if (presenting) {
                            root.getStyleClass().add("presenting");
                            shown.presentingProperty().set(true);
                        }
                        // Mid-run, the clock reads 2060 ms: four digits and a unit, the widest it gets here.
                        shown.playback().seek(2_060_000);
                        made[0] = new Scene(root, 1024, 768);
                        Themes.apply(made[0]);
                        stage.setScene(made[0]);
                        stage.show();
                    });
                    // The toolbar may take a second layout to settle on its compact padding.
                    for (int i = 0; i < 3; i++) {
                        robot.interact(() -> made[0].getRoot().layout());
                        WaitForAsyncUtils.waitForFxEvents();
                    }
                    String where = locale + ", " + engine + (presenting ? ", presenting" : "");
                    List<String> cut = cutTexts(made[0].lookup(".toolbar"));
                    for (String id : List.of("#run", "#stop", "#export", "#menu", "#compare")) {
                        assertEquals(List.of(), cutTexts(made[0].lookup(id)), where + ": " + id);
                    }
                    // The time in the side panel, presenting too.
                    assertEquals(List.of(), cutTexts(made[0].lookup("#clock")), where + ": the clock");
                    Bounds clock = bounds(made[0].lookup("#clock"));
                    Bounds rule = bounds(made[0].lookup("#total-rule"));
                    // Beside the clock, or under it where a real run's total in µs leaves too little room beside it.
                    assertTrue(rule.getMinX() >= clock.getMaxX() + 8 || rule.getMinY() >= clock.getMaxY(),
                            where + ": the rule at " + rule + " touches the clock at " + clock);
                    // Under the timeline: the buttons, the readout and the speed.
                    assertEquals(List.of(), cutTexts(made[0].lookup(".playbar")), where + ": the play bar");
                    // The scrubber gives way before the readout of a short run takes two lines.
                    String readout = ((Labeled) made[0].lookup("#time-readout")).getText();
                    assertFalse(readout.contains("\n"), where + ": the readout on two lines: " + readout);
                    ComboBox<?> speed = (ComboBox<?>) made[0].lookup("#speed");
                    assertEquals(List.of(), cutTexts(speed), where + ": the speed");
                    assertTrue(speed.getWidth() >= speed.prefWidth(-1) - 0.5, where + ": the speed box is " + speed.getWidth() + " wide");
                    if (locale == Locale.ENGLISH) {
                        assertEquals(List.of(), cut, where);
                    }
                    // The programs' names too, in both languages: a pitfalls button kept wide for its longest
                    // name must not take their room.
                    assertEquals(List.of(), cutTexts(made[0].lookup(".modes")), where + ": the programs");
                }
            }
        }
    }

    /**
     * 10,000 calls of the mutex program take 3,002,000 ms: on a 1024 projector the readout under the
     * timeline said "2867 / 3,002,0...". It is whole now, on two lines where one has no room, and the
     * window keeps its width (a readout kept on one line pushed the side panel off the right edge).
     */
    @Test
    void aProjectorOf1024ShowsALongRunsWholeReadout(FxRobot robot) {
        Scenario many = new Scenario(Mode.MUTEX, 10_000, new DelaySpec.Fixed(2000), 300, 42);
        try {
            longRunsReadoutAt1024(robot, many);
        } finally {
            // The tests after this one take the stage as they find it.
            robot.interact(() -> {
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
            });
        }
    }

    private void longRunsReadoutAt1024(FxRobot robot, Scenario many) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (boolean presenting : new boolean[] {false, true}) {
                // The play bar keeps its height through the run: the readout took a second line as the time grew.
                List<Double> heights = new ArrayList<>();
                for (long at : new long[] {0, 2_867_000, Long.MAX_VALUE}) {
                    Scene scene = showAt1024(robot, locale, many, presenting, at);
                    String where = locale + (presenting ? ", presenting" : "") + ", at " + at;
                    Labeled readout = (Labeled) scene.lookup("#time-readout");
                    assertEquals(List.of(), cutTexts(readout), where);
                    assertTrue(readout.getText().replace('\n', ' ').endsWith(locale == Locale.ENGLISH ? "/ 3,002,000 ms" : "/ 3.002.000 ms"),
                            where + ": " + readout.getText());
                    assertTrue(readout.getHeight() >= readout.prefHeight(readout.getWidth()) - 0.5,
                            where + ": the readout " + readout.getHeight() + " high for its " + readout.prefHeight(readout.getWidth()));
                    assertEquals(List.of(), cutTexts(scene.lookup("#speed")), where + ": the speed");
                    assertEquals(1024, scene.getWidth(), 0.5, where + ": the window's width");
                    Bounds side = bounds(scene.lookup(".side"));
                    assertTrue(side.getMaxX() <= 1024.5, where + ": the side panel ends at " + side.getMaxX());
                    heights.add(readout.getHeight());
                    heights.add(bounds(scene.lookup("#timeline")).getHeight());
                }
                assertEquals(heights.subList(0, 2), heights.subList(2, 4), locale + ": the readout's and the timeline's heights, 0 and 2867 ms");
                assertEquals(heights.subList(0, 2), heights.subList(4, 6), locale + ": the readout's and the timeline's heights, 0 and the end");
            }
        }
    }

    /**
     * A wrong field's message shows under the form and moves nothing: not the fields after it, not the
     * panes below. On a 1280 window and on a 1024 one, where the form wraps onto a second row, in both
     * languages, two messages at once cover no field and not each other, stay inside the window, and
     * are drawn above the panes below, whose buttons a click through a message still reaches.
     */
    @Test
    void aFieldsProblemMovesNothingAndCoversNoField(FxRobot robot) {
        for (double width : new double[] {WIDTH, 1024}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                String where = width + ", " + locale;
                Scene[] made = new Scene[1];
                Session[] shown = new Session[1];
                robot.interact(() -> {
                    shown[0] = new Session(Scenario.defaults(Mode.MUTEX, 42), locale);
                    made[0] = new Scene(new StackPane(Views.load(shown[0])), width, 720);
                    Themes.apply(made[0]);
                    stage.setScene(made[0]);
                    stage.show();
                });
                robot.interact(() -> made[0].getRoot().layout());
                Parent form = (Parent) made[0].lookup(".scenario");
                List<Node> fields = new ArrayList<>();
                for (String kind : List.of(".text-field", ".combo-box", ".button")) {
                    fields.addAll(form.lookupAll(kind));
                }
                // Where each is laid out: a wrong field's red border draws outside it, which is no move.
                List<Bounds> before = fields.stream().map(SmallScreenTest::laidOut).toList();
                Bounds timeline = bounds(made[0].lookup("#timeline"));
                robot.interact(() -> {
                    shown[0].form().callsProperty().set("0");
                    shown[0].form().seedProperty().set("");
                });
                robot.interact(() -> made[0].getRoot().layout());
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, fields.stream().map(SmallScreenTest::laidOut).toList(),
                        where + ": the fields moved");
                assertEquals(timeline, bounds(made[0].lookup("#timeline")), where + ": the timeline moved");
                Labeled calls = (Labeled) made[0].lookup("#calls-error");
                Labeled seed = (Labeled) made[0].lookup("#seed-error");
                for (Labeled error : List.of(calls, seed)) {
                    Bounds at = laidOut(error);
                    assertTrue(error.isVisible() && at.getHeight() > 10, where + ": " + error.getId() + " at " + at);
                    assertTrue(at.getMinX() >= 0 && at.getMaxX() <= width, where + ": " + error.getId() + " at " + at);
                    for (Node field : fields) {
                        assertFalse(at.intersects(laidOut(field)), where + ": " + error.getId() + " covers " + field);
                    }
                    assertEquals(List.of(), cutTexts(error), where);
                }
                assertFalse(laidOut(calls).intersects(laidOut(seed)), where + ": the two messages overlap");
                // Drawn over the panes below (the form's part of the window comes later in the drawing order),
                // while the pointer goes through to them: the engine buttons under a message still work.
                Node top = form.getParent();
                Node center = made[0].lookup(".work");
                assertTrue(top.getViewOrder() < center.getViewOrder(), where + ": the panes are drawn over the messages");
                ToggleButton real = (ToggleButton) made[0].lookup("#engine-real");
                assertTrue(laidOut(calls).intersects(laidOut(real)) || laidOut(seed).intersects(laidOut(real)),
                        where + ": no message covers the engine buttons, which this test clicks through it");
                robot.clickOn(real);
                assertEquals(EngineKind.REAL, shown[0].engineProperty().get(), where + ": a click through a message");
            }
        }
    }

    /**
     * The status bar keeps its height while a run is played: the explanation beside the status wraps
     * the same way whether the status says "Ready: press Run…", "Playing at 1x" or "Finished in 3.5s",
     * so the panes above it do not jump when a run starts or ends. Every program, both languages,
     * presenting or not, at widths from 1024 to 1280.
     */
    @Test
    void theStatusBarKeepsItsHeightThroughARun(FxRobot robot) {
        List<String> jumps = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (boolean presenting : new boolean[] {false, true}) {
                for (double width = 1024; width <= WIDTH; width += 64) {
                    double w = width;
                    Scene[] made = new Scene[1];
                    Session[] shown = new Session[1];
                    robot.interact(() -> {
                        shown[0] = new Session(Scenario.defaults(Mode.MUTEX, 42), locale);
                        StackPane root = new StackPane(Views.load(shown[0]));
                        if (presenting) {
                            root.getStyleClass().add("presenting");
                            shown[0].presentingProperty().set(true);
                        }
                        made[0] = new Scene(root, w, HEIGHT);
                        Themes.apply(made[0]);
                        stage.setScene(made[0]);
                        stage.show();
                    });
                    for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.CONCURRENT, Mode.MUTEX, Mode.RACE, Mode.DOUBLE_UNLOCK)) {
                        robot.interact(() -> shown[0].selectMode(mode));
                        robot.interact(() -> made[0].getRoot().layout());
                        double ready = made[0].lookup(".status-bar").getLayoutBounds().getHeight();
                        robot.interact(() -> {
                            shown[0].playback().play();
                            made[0].getRoot().layout();
                        });
                        double playing = made[0].lookup(".status-bar").getLayoutBounds().getHeight();
                        robot.interact(() -> {
                            shown[0].playback().seek(Long.MAX_VALUE);
                            made[0].getRoot().layout();
                        });
                        double finished = made[0].lookup(".status-bar").getLayoutBounds().getHeight();
                        if (ready != playing || ready != finished) {
                            jumps.add(locale + (presenting ? ", presenting" : "") + ", " + w + ", " + mode.id() + ": " + ready
                                    + " ready, " + playing + " playing, " + finished + " finished");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), jumps);
    }

    /**
     * Presenting, the last append wraps the results (mutex) or the lost ids (race) onto a second line:
     * the room for it is kept from the start, so the side panel and the code panel above it do not move
     * at the lesson's end.
     */
    @Test
    void theLastAppendMovesNothing(FxRobot robot) {
        // The wider window first: Monocle's screen buffer does not grow back from a narrower one.
        for (double width : new double[] {WIDTH, 1024}) {
            for (Mode mode : List.of(Mode.MUTEX, Mode.RACE)) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                    lastAppendMovesNothing(robot, width, mode, locale);
                }
            }
        }
    }

    private void lastAppendMovesNothing(FxRobot robot, double width, Mode mode, Locale locale) {
        Scene scene = show(robot, locale, Scenario.defaults(mode, 42), true, false, width);
        WaitForAsyncUtils.waitForFxEvents();
        String where = mode + ", " + locale + ", " + width;
        Bounds code = bounds(scene.lookup("#code"));
        Bounds results = bounds(scene.lookup("#results").getParent());
        Bounds lost = bounds(scene.lookup("#lost").getParent());
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        robot.interact(() -> scene.getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        // Nor does main's state beside the WaitGroup counter, on two lines or three at 1024 ("main blocked in
        // wg.Wait()"; under the counter beside 1,000 calls).
        assertEquals(code.getHeight(), bounds(scene.lookup("#code")).getHeight(), 0.5, where + ": the code panel's height");
        assertEquals(results.getHeight(), bounds(scene.lookup("#results").getParent()).getHeight(), 0.5,
                where + ": the results' height");
        assertEquals(lost.getHeight(), bounds(scene.lookup("#lost").getParent()).getHeight(), 0.5,
                where + ": the lost ids' height");
        assertEquals(List.of(), cutTexts(scene.lookup("#results")), where);
        if (mode == Mode.RACE) {
            assertEquals(List.of(), cutTexts(scene.lookup("#lost")), where);
        }
    }

    @Test
    void onANarrowBarTheExplanationGetsTheRoom(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (boolean atEnd : new boolean[] {false, true}) {
                Scene scene = show(robot, locale, Scenario.defaults(Mode.ADD_INSIDE, 42), true, atEnd, 1024);
                WaitForAsyncUtils.waitForFxEvents();
                String where = locale + (atEnd ? ", at the end" : ", ready");
                double bar = bounds(scene.lookup(".status-bar")).getWidth();
                double column = bounds(scene.lookup(".status-right")).getWidth();
                assertTrue(column <= 0.3 * bar + 1, where + ": the status column is " + column + " of " + bar);
                assertTrue(bounds(scene.lookup("#explanation")).getWidth() >= 0.6 * bar,
                        where + ": the explanation is " + bounds(scene.lookup("#explanation")).getWidth() + " of " + bar);
                assertEquals(List.of(), cutTexts(scene.lookup(".status-bar")), where);
            }
        }
    }

    /**
     * Presenting on a 1280 or a 1024 projector, a line of code wraps only at its spaces: its type gets
     * smaller if need be, so {@code time.Sleep(time.Duration(delay)} is never cut in the middle of a name.
     */
    @Test
    void presentingTheCodeWrapsOnlyAtSpaces(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (double width : new double[] {WIDTH, 1024}) {
            for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.MUTEX, Mode.RACE, Mode.DOUBLE_UNLOCK)) {
                Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(mode, 42), true, false, width);
                for (int i = 0; i < 3; i++) {
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> scene.getRoot().layout());
                }
                List<TextFlow> flows = scene.lookup(".code-view").lookupAll("*").stream()
                        .filter(TextFlow.class::isInstance).map(TextFlow.class::cast).toList();
                assertTrue(flows.size() > 20, width + ", " + mode.id() + ": " + flows.size() + " lines of code");
                for (TextFlow flow : flows) {
                    if (flow.getChildren().isEmpty()) {
                        continue;
                    }
                    StringBuilder line = new StringBuilder();
                    flow.getChildren().forEach(piece -> line.append(((Text) piece).getText()));
                    String longest = "";
                    for (String run : line.toString().strip().split(" +")) {
                        longest = run.length() > longest.length() ? run : longest;
                    }
                    Text probe = new Text(longest);
                    probe.setFont(((Text) flow.getChildren().get(0)).getFont());
                    if (probe.getLayoutBounds().getWidth() > flow.getWidth() + 0.5) {
                        cut.add(width + ", " + mode.id() + ": " + longest + " in " + probe.getFont().getSize() + " px type is " + probe.getLayoutBounds().getWidth()
                                + " px wide in " + flow.getWidth() + " px");
                    }
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    /**
     * When the code's type is made smaller to fit, its line numbers get smaller with it: at 1024 x 768
     * presenting they stayed at the full size, a third taller than the code beside them, so each row
     * was as tall as its number and the panel held 7 lines where it could hold 10.
     */
    @Test
    void presentingTheLineNumbersShrinkWithTheCode(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        for (double[] screen : new double[][] {{WIDTH, HEIGHT}, {1024, 768}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                for (boolean presenting : new boolean[] {false, true}) {
                    Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), presenting, false, screen[0], screen[1]);
                    for (int i = 0; i < 3; i++) {
                        WaitForAsyncUtils.waitForFxEvents();
                        robot.interact(() -> scene.getRoot().layout());
                    }
                    String where = screen[0] + " x " + screen[1] + ", " + locale + (presenting ? ", presenting" : "");
                    List<Node> rows = new ArrayList<>(scene.lookup(".code-view").lookupAll(".code-text-row"));
                    assertTrue(rows.size() > 20, where + ": " + rows.size() + " lines");
                    for (Node row : rows) {
                        Labeled number = (Labeled) ((Parent) row).getChildrenUnmodifiable().get(0);
                        Text indent = (Text) ((Parent) row).getChildrenUnmodifiable().get(1);
                        // As in the style sheet: the numbers are 0.867em, the code 0.933em.
                        double share = number.getFont().getSize() / indent.getFont().getSize();
                        if (Math.abs(share - 0.867 / 0.933) > 0.03) {
                            wrong.add(where + ", line " + number.getText().strip() + ": number " + number.getFont().getSize()
                                    + " px, code " + indent.getFont().getSize() + " px");
                            break;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Presenting on a 1024 projector, a line that opens a block keeps its "{" on its last row: wrapped
     * alone, "for i := 0; i < len(dbData); i++" over "{" read as two lines of the program.
     */
    @Test
    void presentingABlocksBraceStaysOnItsLine(FxRobot robot) {
        List<String> alone = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.MUTEX)) {
                Scene scene = show(robot, locale, Scenario.defaults(mode, 42), true, false, 1024, 768);
                for (int i = 0; i < 3; i++) {
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> scene.getRoot().layout());
                }
                List<TextFlow> flows = scene.lookup(".code-view").lookupAll("*").stream()
                        .filter(TextFlow.class::isInstance).map(TextFlow.class::cast).toList();
                int blocks = 0;
                for (TextFlow flow : flows) {
                    StringBuilder line = new StringBuilder();
                    flow.getChildren().forEach(piece -> line.append(((Text) piece).getText()));
                    String text = line.toString();
                    if (!text.endsWith("{") || text.length() < 3) {
                        continue;
                    }
                    blocks++;
                    double brace = caretY(flow, text.length() - 1);
                    double before = caretY(flow, text.length() - 3);
                    if (Math.abs(brace - before) > 0.5) {
                        alone.add(locale + ", " + mode.id() + ": " + text.strip());
                    }
                }
                assertTrue(blocks >= 3, mode.id() + ": " + blocks + " lines open a block");
            }
        }
        assertEquals(List.of(), alone);
    }

    private static double caretY(TextFlow flow, int index) {
        for (javafx.scene.shape.PathElement element : flow.caretShape(index, true)) {
            if (element instanceof javafx.scene.shape.MoveTo move) {
                return move.getY();
            }
        }
        throw new AssertionError("no caret at " + index);
    }

    /** A last line taller than the console (mutex's results of 1,000 ids): its end is at the console's bottom. */
    @Test
    void aLastLineTallerThanTheConsoleShowsItsEnd(FxRobot robot) {
        for (boolean presenting : new boolean[] {false, true}) {
            Scene scene = show(robot, Locale.ENGLISH, new Scenario(Mode.MUTEX, 1000, new DelaySpec.Fixed(2000), 0, 42), presenting);
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> console = (ListView<?>) scene.lookup("#console");
            Region flow = (Region) console.lookup(".virtual-flow");
            int last = console.getItems().size() - 1;
            ListCell<?> cell = console.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                    .filter(c -> c.getIndex() == last && isTreeVisible(c)).findFirst()
                    .orElseThrow(() -> new AssertionError("no cell shows the results"));
            Bounds shown = flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
            assertTrue(shown.getHeight() > flow.getHeight(), "the results are taller than the console: " + shown);
            assertEquals(flow.getHeight(), shown.getMaxY(), 2, (presenting ? "presenting: " : "") + "the results end at "
                    + shown.getMaxY() + " in a console " + flow.getHeight() + " high");
        }
    }

    /** Presenting at a pitfall's end, where the console has room for two lines: Go's fatal error is one of them. */
    @Test
    void presentingAFatalEndKeepsTheFatalErrorInTheConsole(FxRobot robot) {
        for (Mode mode : List.of(Mode.DOUBLE_UNLOCK, Mode.MISSING_DONE)) {
            Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(mode, 42), true);
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> console = (ListView<?>) scene.lookup("#console");
            Bounds view = bounds(console.lookup(".virtual-flow"));
            ListCell<?> fatal = console.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                    .filter(c -> c.isVisible() && c.getItem() != null && c.getItem().toString().startsWith("fatal error:"))
                    .findFirst().orElseThrow(() -> new AssertionError(mode + ": no cell shows the fatal error"));
            Bounds shown = bounds(fatal);
            assertTrue(shown.getMinY() >= view.getMinY() - 0.5 && shown.getMaxY() <= view.getMaxY() + 0.5,
                    mode + ": the fatal error is at " + shown + ", the console's view at " + view);
        }
    }

    /** F5 then Esc: the form, the lanes and the console are where they were, at their sizes. */
    @Test
    void leavingPresentationModeGivesBackTheLayoutItFound(FxRobot robot) {
        Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(Mode.MUTEX, 42), false, false);
        List<Bounds> before = List.of(bounds(scene.lookup("#delay-kind")), bounds(scene.lookup("#console")),
                bounds(scene.lookup("#timeline")));
        robot.interact(() -> {
            scene.getRoot().getStyleClass().add("presenting");
            session.presentingProperty().set(true);
        });
        robot.interact(() -> scene.getRoot().layout());
        robot.interact(() -> {
            scene.getRoot().getStyleClass().remove("presenting");
            session.presentingProperty().set(false);
        });
        robot.interact(() -> scene.getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        List<Bounds> after = List.of(bounds(scene.lookup("#delay-kind")), bounds(scene.lookup("#console")),
                bounds(scene.lookup("#timeline")));
        assertEquals(before, after, "the delays box, the console and the timeline");
    }

    /** F5 at the end of a run: the larger text must not push "Total execution time" and the results out of view. */
    @Test
    void theConsoleKeepsItsLastLineWhenPresentationStarts(FxRobot robot) {
        for (Mode mode : List.of(Mode.RACE, Mode.MISSING_DONE)) {
            Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(mode, 42), false);
            lastLineShows(robot, scene, false);
            robot.interact(() -> {
                scene.getRoot().getStyleClass().add("presenting");
                session.presentingProperty().set(true);
            });
            robot.interact(() -> scene.getRoot().layout());
            lastLineShows(robot, scene, true);
        }
    }

    /** Presenting, mid-run with 1,000 calls, in Indonesian: the WaitGroup counter shows its number, not "…". */
    @Test
    void theWaitGroupCounterIsNeverCutShort(FxRobot robot) {
        Scene scene = show(robot, Locale.forLanguageTag("id"), new Scenario(Mode.CONCURRENT, 1000, new DelaySpec.Random(2000), 0, 42),
                true, false);
        robot.interact(() -> session.playback().seek(1_250_000));
        robot.interact(() -> scene.getRoot().layout());
        assertEquals(List.of(), cutTexts(scene.lookup(".wg-box")));
    }

    /**
     * Presenting 1,000 calls on a 1024 x 768 projector, in both languages: beside "999", main's state
     * broke inside its words ("terbloki / r di / wg.Wai / t()"). It goes under the counter there, and
     * stays beside it where it fits, as with five calls at 1280 x 720.
     */
    @Test
    void mainsStateNeverBreaksAWord(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (int calls : new int[] {5, 1000}) {
                double width = calls == 5 ? WIDTH : 1024;
                Scene scene = show(robot, locale, new Scenario(Mode.MUTEX, calls, new DelaySpec.Fixed(2000), 300, 42), true, false,
                        width, calls == 5 ? HEIGHT : 768);
                robot.interact(() -> session.playback().seek(2_570_000));
                for (int i = 0; i < 3; i++) {
                    robot.interact(() -> scene.getRoot().layout());
                    WaitForAsyncUtils.waitForFxEvents();
                }
                Labeled state = (Labeled) scene.lookup("#main-state");
                String where = locale + ", " + calls + " calls: \"" + state.getText() + "\"";
                assertFalse(state.getText().isEmpty(), where);
                for (String word : state.getText().split("\\s+")) {
                    double wide = TextWidth.of(state.getFont(), word);
                    assertTrue(wide <= state.getWidth() + 0.5, where + ": \"" + word + "\" is " + wide + " wide, the state " + state.getWidth());
                }
                Bounds counter = bounds(scene.lookup("#wg-counter"));
                Bounds note = bounds(state);
                if (calls == 5) {
                    assertTrue(note.getMinX() >= counter.getMaxX(), where + ": beside the counter");
                }
            }
        }
    }

    /** Presenting at 1280 and 1024, in both languages: the mutex's holder, queue and results are whole, free, queued or done. */
    @Test
    void theMutexFiguresAreNeverCutShort(FxRobot robot) {
        for (double width : new double[] {WIDTH, 1024}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), true, false, width);
                for (long at : new long[] {0, 2_500_000, Long.MAX_VALUE}) {
                    robot.interact(() -> session.playback().seek(at));
                    robot.interact(() -> scene.getRoot().layout());
                    assertEquals(List.of(), cutTexts(scene.lookup(".sync")), width + ", " + locale + ", at " + at);
                }
            }
        }
    }

    /**
     * Mutex at 2678 ms, where main's wg.Wait() (line 20), m.Lock()'s queue (30) and the holder's line
     * (31) do not all fit: the view takes the holder's line next to the queue, with its "×1 holding
     * the lock", rather than wg.Wait() far above. It used to take the lines in order, wg.Wait()
     * first, and leave the holder's line out of view. (Presenting at 1600x1000 it cut that badge in
     * half; the test screen is smaller than that.)
     */
    @Test
    void theBusyLinesNextToEachOtherShowTogether(FxRobot robot) {
        for (double width : new double[] {1280, 1100}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), false, false, width, 800);
                robot.interact(() -> session.playback().seek(2_678_000));
                robot.interact(() -> scene.getRoot().layout());
                Bounds view = bounds(scene.lookup("#code .viewport"));
                List<String> shown = new ArrayList<>();
                for (Node badge : scene.getRoot().lookupAll(".code-badge")) {
                    Bounds at = bounds(badge);
                    if (badge.isVisible() && badge.isManaged() && at.getMinY() >= view.getMinY() - 0.5
                            && at.getMaxY() <= view.getMaxY() + 0.5) {
                        shown.add(((Labeled) badge).getText());
                    }
                }
                String holding = locale.getLanguage().equals("id") ? "×1 memegang lock" : "×1 holding the lock";
                String waiting = locale.getLanguage().equals("id") ? "×2 menunggu" : "×2 waiting";
                assertTrue(shown.containsAll(List.of(waiting, holding)), width + ", " + locale + ": " + shown);
            }
        }
    }

    /** The race's lost row says "none" in the text's colour, and the lost ids in the alarm colour. */
    @Test
    void theLostRowIsAnAlarmOnlyOnceAnIdIsLost(FxRobot robot) {
        Scene scene = show(robot, Locale.ENGLISH, Scenario.defaults(Mode.RACE, 42), false, false);
        Labeled lost = (Labeled) scene.lookup("#lost");
        Labeled label = (Labeled) scene.lookup("#results");
        robot.interact(() -> scene.getRoot().applyCss());
        assertEquals("none", lost.getText());
        assertTrue(lost.getPseudoClassStates().contains(Styles.NONE));
        assertEquals(label.getTextFill(), lost.getTextFill(), "none, as the results are written");
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        robot.interact(() -> scene.getRoot().applyCss());
        assertFalse(lost.getPseudoClassStates().contains(Styles.NONE), lost.getText());
        assertFalse(label.getTextFill().equals(lost.getTextFill()), "the lost ids in the alarm colour");
    }

    /** The line beside Simulated / Real threads is whole (it wraps): both engines and languages, presenting or not, at 1280 and 1024. */
    @Test
    void theEnginesHintIsNotCutShort(FxRobot robot) {
        for (double width : new double[] {WIDTH, 1024}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                for (boolean presenting : new boolean[] {false, true}) {
                    Scene scene = show(robot, locale, Scenario.defaults(Mode.MUTEX, 42), presenting, false, width);
                    for (EngineKind engine : EngineKind.values()) {
                        robot.interact(() -> session.selectEngine(engine));
                        robot.interact(() -> scene.getRoot().layout());
                        assertEquals(List.of(), cutTexts(scene.lookup("#engine-hint")),
                                width + ", " + locale + ", " + engine + (presenting ? ", presenting" : ""));
                    }
                }
            }
        }
    }

    /**
     * Presenting, at a pitfall's end: the missing m.Lock() at the top of the code panel, and below it
     * at least the first row of the m.Unlock() where Go stops (both whole do not fit at 1280x720).
     */
    @Test
    void presentingAPitfallsEndShowsItsBugLines(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Scene scene = show(robot, locale, Scenario.defaults(Mode.DOUBLE_UNLOCK, 42), true);
            WaitForAsyncUtils.waitForFxEvents();
            bugLinesShow(scene, locale + ", presenting from the start");
            scene = show(robot, locale, Scenario.defaults(Mode.DOUBLE_UNLOCK, 42), false);
            Scene shown = scene;
            robot.interact(() -> {
                shown.getRoot().getStyleClass().add("presenting");
                session.presentingProperty().set(true);
            });
            robot.interact(() -> shown.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            bugLinesShow(scene, locale + ", F5 at the end");
        }
    }

    /**
     * Presenting the race at 1280 x 720, stepping through a run of random delays: 1123 ms in, two
     * goroutines sleep and one is in the gap between reading len(results) and writing. The busiest
     * line, time.Sleep, kept the view while the line of the append, the lesson, was out of sight below.
     */
    @Test
    void presentingTheRaceKeepsTheAppendInViewOverTheSleeps(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Scene scene = show(robot, locale, new Scenario(Mode.RACE, 5, new DelaySpec.Random(2000), 300, 3), true, false);
            robot.interact(() -> session.playback().seek(1_123_000));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
            Bounds view = bounds(scene.lookup("#code .viewport"));
            String appending = Texts.forLocale(locale).format("code.activity.appending");
            Node badge = scene.getRoot().lookupAll(".code-badge").stream()
                    .filter(node -> node.isVisible() && ((Labeled) node).getText().endsWith(appending)).findFirst()
                    .orElseThrow(() -> new AssertionError(locale + ": no goroutine appending at 1123 ms"));
            assertTrue(bounds(badge).getMinY() >= view.getMinY() - 0.5 && bounds(badge).getMaxY() <= view.getMaxY() + 0.5,
                    locale + ": the append's badge at " + bounds(badge) + ", the code panel shows " + view);
        }
    }

    /**
     * Presenting sequential mid-run, main's line and the sleep it waits on do not both fit: the view
     * starts at the top of a line, even scrolled to the end, where it used to show the bottom half of
     * main's line and its badge at the top.
     */
    @Test
    void theCodeStartsAtTheTopOfALine(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            for (long at : new long[] {2_570_000, 3_077_000, 5_000_000}) {
                Scene scene = show(robot, locale, new Scenario(Mode.SEQUENTIAL, 5, new DelaySpec.Random(2000), 300, 7), true, false);
                robot.interact(() -> session.playback().seek(at));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> scene.getRoot().layout());
                WaitForAsyncUtils.waitForFxEvents();
                Bounds view = bounds(scene.lookup("#code .viewport"));
                String where = locale + " at " + at / 1000 + " ms";
                for (Node line : scene.getRoot().lookupAll(".code-line")) {
                    Bounds shown = bounds(line);
                    assertFalse(shown.getMinY() < view.getMinY() - 0.5 && shown.getMaxY() > view.getMinY() + 0.5,
                            where + ": a line is cut at the top of the code panel: " + shown + " in " + view);
                }
                Node busy = scene.getRoot().lookupAll(".code-badge").stream().filter(Node::isVisible)
                        .reduce((first, second) -> second).orElseThrow();
                assertTrue(bounds(busy).getMinY() >= view.getMinY() - 0.5 && bounds(busy).getMaxY() <= view.getMaxY() + 0.5,
                        where + ": the sleep's badge is in view");
            }
        }
    }

    private static void bugLinesShow(Scene scene, String where) {
        Node viewport = scene.lookup("#code .viewport");
        Bounds view = bounds(viewport);
        List<Bounds> bugs = scene.getRoot().lookupAll(".code-line").stream()
                .filter(line -> line.getPseudoClassStates().contains(Styles.BUG)).map(SmallScreenTest::bounds).toList();
        String shown = where + ": the code panel shows y " + view.getMinY() + " to " + view.getMaxY() + ", the bug lines are at "
                + bugs.stream().map(b -> b.getMinY() + " to " + b.getMaxY()).toList();
        // The first whole; at this size the last may be cut at the bottom, but it is on screen.
        assertTrue(bugs.get(0).getMinY() >= view.getMinY() - 0.5 && bugs.get(0).getMaxY() <= view.getMaxY() + 0.5, shown);
        assertTrue(bugs.get(bugs.size() - 1).getMinY() + 16 <= view.getMaxY(), shown);
        // The last, m.Unlock(), is where Go stopped the program: it says so, in Go's words.
        List<String> badges = scene.getRoot().lookupAll(".code-badge").stream().filter(Node::isVisible)
                .map(badge -> ((Labeled) badge).getText()).toList();
        assertEquals(List.of("fatal error"), badges, where);
    }

    /**
     * Presenting at 1280 x 720 the console shows four lines: a line clicked, once the seek to when it was
     * printed has the console follow its end, is scrolled back into view, marked and whole (it was marked
     * out of sight, then cut at the console's top, where a part row is hidden).
     */
    @Test
    void presentingTheLineClickedStaysInView(FxRobot robot) {
        Scene scene = show(robot, Locale.ENGLISH, Mode.MUTEX, true);
        ListView<?> console = (ListView<?>) scene.lookup("#console");
        robot.interact(() -> console.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> first = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.isVisible() && c.getItem() != null).findFirst().orElseThrow();
        String line = (String) first.getItem();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(line, console.getSelectionModel().getSelectedItem());
        Bounds shown = bounds(console);
        ListCell<?> marked = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.isVisible() && line.equals(c.getItem())).findFirst().orElseThrow();
        Bounds at = bounds(marked);
        assertTrue(at.getMinY() >= shown.getMinY() - 0.5 && at.getMaxY() <= shown.getMaxY() + 0.5,
                "the marked line at " + at + " is out of the console's view " + shown);
    }

    @Test
    void theKeysListFits(FxRobot robot) {
        for (boolean presenting : new boolean[] {false, true}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                Scene scene = show(robot, locale, Mode.MUTEX, presenting);
                robot.interact(() -> session.helpShownProperty().set(true));
                robot.interact(() -> scene.getRoot().layout());
                Node card = scene.lookup(".help-card");
                Bounds shown = bounds(card);
                String where = locale + (presenting ? ", presenting" : "");
                assertTrue(shown.getMinY() >= 0 && shown.getMaxY() <= HEIGHT && shown.getMaxX() <= WIDTH,
                        where + ": the keys list is at " + shown);
                assertEquals(List.of(), cutTexts(card), where);
                // The key's name in the list's language, as the status bar writes it.
                List<String> caps = card.lookupAll(".help-key").stream().map(cap -> ((Labeled) cap).getText()).toList();
                assertTrue(caps.contains(locale.getLanguage().equals("id") ? "Spasi" : "Space"), where + ": " + caps);
            }
        }
    }

    /**
     * The newest line is in view, whole; at a fatal end, the fatal error's first line is (and the last
     * line with it when the whole of Go's message fits).
     */
    private static void lastLineShows(FxRobot robot, Scene scene, boolean presenting) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> console = (ListView<?>) scene.lookup("#console");
        int size = console.getItems().size();
        int fatal = -1;
        for (int i = Math.max(0, size - 12); i < size; i++) {
            if (console.getItems().get(i).toString().startsWith("fatal error:")) {
                fatal = i;
            }
        }
        int last = fatal >= 0 && !isShown(console, size - 1) ? fatal : size - 1;
        Bounds view = bounds(console);
        ListCell<?> cell = console.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                .filter(c -> c.getIndex() == last && c.isVisible()).findFirst().orElse(null);
        assertTrue(cell != null, "no cell shows the line " + console.getItems().get(last));
        Bounds shown = bounds(cell);
        assertTrue(shown.getMinY() >= view.getMinY() - 0.5 && shown.getMaxY() <= view.getMaxY() + 0.5,
                "the last line is at " + shown + ", the console at " + view + (presenting ? ", presenting" : ""));
    }

    /** Whether line {@code index} of the console is in its view, whole. */
    private static boolean isShown(ListView<?> console, int index) {
        Bounds view = bounds(console.lookup(".virtual-flow"));
        return console.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                .filter(c -> c.getIndex() == index && c.isVisible()).map(SmallScreenTest::bounds)
                .anyMatch(b -> b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5);
    }

    /** Whether the node and all its parents are visible (the flow keeps a cell for measuring in a hidden group). */
    private static boolean isTreeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The side panel's program: its heading in the panel, its code at least a few lines high. */
    private static void theProgramHasItsRoom(Scene scene, String where) {
        Bounds side = bounds(scene.lookup(".side"));
        Bounds heading = bounds(scene.lookup(".side > .panel-heading"));
        assertTrue(heading.getMinY() >= side.getMinY() - 0.5, where + ": the program's heading at " + heading.getMinY()
                + ", above the panel at " + side.getMinY());
        double code = bounds(scene.lookup("#code")).getHeight();
        assertTrue(code >= 80, where + ": the code panel " + code + " px high");
    }

    /**
     * Shown on a 1024 x 768 projector at {@code at} µs, laid out. After a test's wider window the stage
     * keeps its width: the scene's 1024 is asked for again.
     */
    private Scene showAt1024(FxRobot robot, Locale locale, Scenario scenario, boolean presenting, long at) {
        Scene scene = show(robot, locale, scenario, presenting, false, 1024, 768);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
            session.playback().seek(at);
        });
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> scene.getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
        return scene;
    }

    /** As the app builds its window (views over a stack), at the projector's size. */
    private Scene show(FxRobot robot, Locale locale, Mode mode, boolean presenting) {
        return show(robot, locale, Scenario.defaults(mode, 42), presenting);
    }

    private Scene show(FxRobot robot, Locale locale, Scenario scenario, boolean presenting) {
        return show(robot, locale, scenario, presenting, true);
    }

    private Scene show(FxRobot robot, Locale locale, Scenario scenario, boolean presenting, boolean atEnd) {
        return show(robot, locale, scenario, presenting, atEnd, WIDTH);
    }

    private Scene show(FxRobot robot, Locale locale, Scenario scenario, boolean presenting, boolean atEnd, double width) {
        return show(robot, locale, scenario, presenting, atEnd, width, HEIGHT);
    }

    private Scene show(FxRobot robot, Locale locale, Scenario scenario, boolean presenting, boolean atEnd, double width,
            double height) {
        Scene[] made = new Scene[1];
        Session[] sessions = new Session[1];
        robot.interact(() -> {
            Session session = new Session(scenario, locale);
            StackPane root = new StackPane(Views.load(session), new HelpOverlay(session));
            Scene scene = new Scene(root, width, height);
            // Presentation mode's style and size as the main window gives them (AppWindow).
            PresentingZoom.follow(scene, session);
            session.presentingProperty().set(presenting);
            Themes.apply(scene);
            stage.setScene(scene);
            stage.show();
            made[0] = scene;
            sessions[0] = session;
            this.session = session;
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (atEnd) {
            // Shown first, then to the end: the console takes in all the lines at once, as after End.
            robot.interact(() -> sessions[0].playback().seek(Long.MAX_VALUE));
        }
        robot.interact(() -> made[0].getRoot().layout());
        return made[0];
    }

    private static void assertOnScreen(Scene scene) {
        assertOnScreenAt(scene, HEIGHT);
    }

    private static void assertOnScreenAt(Scene scene, double height) {
        assertEquals(List.of(), cutTexts(scene.lookup(".status-right")), "the status");
        Bounds status = bounds(scene.lookup(".status-bar"));
        assertTrue(status.getMaxY() <= height + 0.5, "the status bar ends at " + status.getMaxY());
        Bounds clock = bounds(scene.lookup(".clock-box"));
        assertTrue(clock.getMaxY() <= status.getMinY() + 0.5,
                "the total ends at " + clock.getMaxY() + ", under the status bar at " + status.getMinY());
        Bounds toolbar = bounds(scene.lookup(".toolbar"));
        for (Node child : ((Parent) scene.lookup(".toolbar")).getChildrenUnmodifiable()) {
            if (child.isVisible()) {
                assertTrue(bounds(child).getMaxX() <= toolbar.getMaxX() + 0.5, child + " goes past the window");
            }
        }
        assertFalse(bounds(scene.lookup("#menu")).isEmpty());
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Where the node is laid out, in the scene, without what it draws outside (a border, a shadow). */
    private static Bounds laidOut(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** The labels and buttons whose text is drawn cut short (their skin shows less than their text). */
    static List<String> cutTexts(Node node) {
        List<String> cut = new ArrayList<>();
        if (!node.isVisible()) {
            // Hidden, or inside something hidden: not on screen to be cut.
            return cut;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
            Text shown = firstText(labeled);
            if (shown == null || !shown.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " shown as " + (shown == null ? "nothing" : shown.getText()));
            }
            return cut;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cut.addAll(cutTexts(child));
            }
        }
        return cut;
    }

    private static Text firstText(Node node) {
        if (node instanceof Text text) {
            return text;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Text text = firstText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
