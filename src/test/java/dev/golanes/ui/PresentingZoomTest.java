package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presentation mode on a screen larger than the 1280 x 720 it is laid out for: everything grows by as
 * much as the screen. On a 1920 x 1080 projector its text was the size it is at 1280 x 720, two-thirds
 * as large to the back of the room, and its toolbar and play bar the usual window's.
 */
@ExtendWith(ApplicationExtension.class)
class PresentingZoomTest {
    @Start
    void start(Stage window) {
        // The scenes here are laid out without a window: Monocle's screen is smaller than 1920 x 1080.
    }

    @Test
    void theZoomIsTheScreensSizeOver1280x720AndLessOnlyBelow1024x720() {
        assertEquals(1, PresentingZoom.of(1280, 720));
        assertEquals(1, PresentingZoom.of(1024, 768));
        assertEquals(1, PresentingZoom.of(1280, 1024), "a 5:4 screen grows with its width, not at all");
        assertEquals(800 / 1024.0, PresentingZoom.of(800, 600), 1e-9, "an old projector: laid out as on 1024 x 768");
        assertEquals(600 / 720.0, PresentingZoom.of(1024, 600), 1e-9, "a netbook: laid out as on 1229 x 720");
        assertEquals(0.75, PresentingZoom.of(640, 480), "never smaller than 0.75");
        assertEquals(1.5, PresentingZoom.of(1920, 1080));
        assertEquals(1.5, PresentingZoom.of(1920, 1200), "a 16:10 screen grows with its width");
        assertEquals(2, PresentingZoom.of(2560, 1440));
        assertEquals(3, PresentingZoom.of(3840, 2160));
        assertEquals(768 / 720.0, PresentingZoom.of(1366, 768), 1e-9);
        assertNull(PresentingZoom.stylesheet(1), "at 1280 x 720 the style sheet's own sizes");
    }

    @Test
    void everyPxSizeGoesIntoPresentationModesRules() {
        String rules = PresentingZoom.zoomableRules("""
                .root { -fx-font-size: 15px; -fx-background-color: red; }
                /* .comment { -fx-padding: 99; } */
                .root.presenting {
                    -fx-font-size: 21px;
                }
                .toolbar, .playbar:compact .step {
                    -fx-padding: 10 16 -2 16;
                    -fx-alignment: center-left;
                    -fx-spacing: 12;
                }
                .brand { -fx-font-size: 1.467em; -fx-padding: 0 12 0 0; }
                .colour-only { -fx-text-fill: red; -fx-background-insets: 0, 1; }
                """);
        assertEquals(".root.presenting { -fx-font-size: 15px; }\n"
                + ".root.presenting { -fx-font-size: 21px; }\n"
                + ".presenting .toolbar, .presenting .playbar:compact .step { -fx-padding: 10 16 -2 16; -fx-spacing: 12; }\n"
                + ".presenting .brand { -fx-padding: 0 12 0 0; }\n", rules);
    }

    /**
     * The usual window narrower than 1024 or lower than 600 is drawn smaller by as much, from the usual rules alone (not
     * presentation mode's), under the root's {@code shrunk} class; at 1024 x 600 and larger, not at all.
     */
    @Test
    void theUsualWindowShrinksOnlyBelow1024x600() {
        assertEquals(0.78, PresentingZoom.usual(800, 600), 1e-9, "800 / 1024, in steps of 0.02");
        assertEquals(0.78, PresentingZoom.usual(801, 600), 1e-9, "a pixel more: the same sheet");
        assertEquals(0.66, PresentingZoom.usual(683, 768), 1e-9, "half of a 1366 x 768 screen");
        assertEquals(0.66, PresentingZoom.usual(640, 480), 1e-9, "never below");
        assertEquals(0.88, PresentingZoom.usual(1024, 530), 1e-9, "a 1024 x 600 netbook under its taskbar");
        assertEquals(1, PresentingZoom.usual(1024, 768), 1e-9);
        assertEquals(1, PresentingZoom.usual(1280, 650), 1e-9, "maximised on a 1280 x 720 projector");
        assertEquals(1, PresentingZoom.usual(1366, 700), 1e-9, "maximised on a 1366 x 768 laptop");
        assertEquals(1, PresentingZoom.usual(3840, 2160), 1e-9, "the system's scale grows the usual window, not this");
        assertEquals(null, PresentingZoom.usualStylesheet(1));
        assertEquals(".root.shrunk { -fx-font-size: 15px; }\n"
                + ".shrunk .toolbar, .shrunk .playbar:compact .step { -fx-padding: 10 16 -2 16; -fx-spacing: 12; }\n",
                PresentingZoom.shrinkableRules("""
                        .root { -fx-font-size: 15px; -fx-background-color: red; }
                        .root.presenting { -fx-font-size: 21px; }
                        .toolbar, .playbar:compact .step { -fx-padding: 10 16 -2 16; -fx-spacing: 12; }
                        .presenting .code { -fx-font-size: 18px; }
                        """));
    }

    /**
     * Every text of the window, presenting on a 1920 x 1080 projector, is 1.5 times its size at 1280 x
     * 720 (on a 4K screen at the system's 100%, 3 times), and the window is laid out as at 1280 x 720.
     */
    @Test
    void onA1080ProjectorEveryTextIsAHalfLarger(FxRobot robot) {
        for (double[] screen : new double[][] {{1920, 1080, 1.5}, {3840, 2160, 3}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                grownBy(robot, locale, screen[0], screen[1], screen[2]);
            }
        }
    }

    private static void grownBy(FxRobot robot, Locale locale, double width, double height, double zoom) {
        Scene small = presenting(robot, locale, 1280, 720);
        Scene large = presenting(robot, locale, width, height);
        Map<String, Double> smallSizes = typeSizes(small.getRoot());
        Map<String, Double> largeSizes = typeSizes(large.getRoot());
        // The texts both show (the larger console has room for more lines), each zoom times as large.
        smallSizes.keySet().retainAll(largeSizes.keySet());
        assertTrue(smallSizes.size() > 100, locale + ": " + smallSizes.size() + " texts, the keys list's too");
        // The program's own type (and its line numbers) is fitted to its panel's width (CodeView), so it is not among them.
        smallSizes.keySet().removeIf(text -> text.startsWith("code-text") || text.contains("code-number") || text.contains("code-badge"));
        smallSizes.forEach((text, size) -> assertEquals(size * zoom, largeSizes.get(text), 0.01, locale + ": " + text));
        TimelineView smallTimeline = (TimelineView) small.lookup("#timeline");
        TimelineView largeTimeline = (TimelineView) large.lookup("#timeline");
        assertEquals(smallTimeline.layoutUsed().scale() * zoom, largeTimeline.layoutUsed().scale(), 1e-9,
                locale + ": the lanes");
        // Laid out as at 1280 x 720, only larger: the toolbar, the status bar and the total on screen.
        Bounds toolbar = bounds(large.lookup(".toolbar"));
        for (Node child : ((Parent) large.lookup(".toolbar")).getChildrenUnmodifiable()) {
            if (child.isVisible()) {
                assertTrue(bounds(child).getMaxX() <= toolbar.getMaxX() + 0.5, locale + ": " + child + " goes past the screen");
            }
        }
        // The console's lines wrap within it: its scroll bar grew too, and left no room for them.
        for (Node bar : large.lookup("#console").lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL) {
                assertFalse(scrollBar.isVisible(), locale + ": the console scrolls sideways");
            }
        }
        Bounds status = bounds(large.lookup(".status-bar"));
        assertTrue(status.getMaxY() <= height + 0.5, locale + ": the status bar ends at " + status.getMaxY());
        assertTrue(bounds(large.lookup(".clock-box")).getMaxY() <= status.getMinY() + 0.5, locale + ": the total");
        // The rule beside the total ("= the last Unlock") has room for its longest word (at 4K it broke "Unlock").
        Labeled rule = (Labeled) large.lookup("#total-rule");
        double longest = 0;
        for (String word : rule.getText().split("\\s+")) {
            longest = Math.max(longest, TextWidth.of(rule.getFont(), word));
        }
        assertTrue(rule.getWidth() >= longest, locale + ": the rule is " + rule.getWidth() + " wide, its longest word " + longest);
    }

    /**
     * Presenting a run Go stopped at 1920 x 1080, the fatal error is kept at the console's top, and the
     * stack trace's next line showed as a sliver under it, which read as a glitch: a row cut at the
     * bottom is hidden unless most of it shows.
     */
    @Test
    void theConsoleShowsNoSliverOfALine(FxRobot robot) {
        for (Mode mode : List.of(Mode.MISSING_DONE, Mode.DOUBLE_UNLOCK)) {
            Scene scene = presenting(robot, Locale.ENGLISH, 1920, 1080, mode);
            robot.interact(() -> scene.getRoot().layout());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
            Node flow = scene.lookup("#console").lookup(".virtual-flow");
            double height = flow.getLayoutBounds().getHeight();
            for (Node cell : flow.lookupAll(".list-cell")) {
                if (!cell.isVisible() || !(cell instanceof javafx.scene.control.ListCell<?> line) || line.getItem() == null) {
                    continue;
                }
                double top = flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds())).getMinY() + line.snappedTopInset();
                double row = WholeLinesFlow.rowHeight(line.getFont());
                double shown = height - top;
                if (shown > 0.5 && shown < row * 0.75) {
                    // A sliver at the bottom: the flow's clip leaves it out.
                    assertTrue(flow.getClip() != null && !flow.getClip().contains(10, top + shown / 2),
                            mode + ": " + line.getItem() + " shows " + shown + " of a " + row + " px row");
                }
            }
        }
    }

    /**
     * Presenting, the console under the lanes shows four whole lines, and the lanes' bars keep their
     * labels. It showed two, at 1920 x 1080 as at 1280 x 720: at the end of a run the blank line and
     * the total, every "The result from the database is" scrolled away.
     */
    @Test
    void presentingTheConsoleShowsFourLinesAndTheBarsTheirLabels(FxRobot robot) {
        for (double[] screen : new double[][] {{1280, 720}, {1920, 1080}, {1024, 768}, {1366, 768}}) {
            Scene scene = presenting(robot, Locale.ENGLISH, screen[0], screen[1], Mode.CONCURRENT);
            robot.interact(() -> scene.getRoot().layout());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
            String where = screen[0] + " x " + screen[1];
            Node flow = scene.lookup("#console").lookup(".virtual-flow");
            double height = flow.getLayoutBounds().getHeight();
            int whole = 0;
            for (Node cell : flow.lookupAll(".list-cell")) {
                if (cell.isVisible() && cell instanceof javafx.scene.control.ListCell<?> line && line.getItem() != null) {
                    Bounds box = flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                    if (box.getMinY() >= -0.5 && box.getMaxY() <= height + 0.5) {
                        whole++;
                    }
                }
            }
            assertTrue(whole >= 4, where + ": the console shows " + whole + " whole lines");
            TimelineView timeline = (TimelineView) scene.lookup("#timeline");
            assertTrue(dev.golanes.render.TimelinePainter.barsAreLabelled(timeline.layoutUsed()),
                    where + ": bars " + timeline.layoutUsed().barHeight() + " high, too low for their labels");
        }
    }

    /**
     * Calls that scrolled for a moment, in a window laid out small on its way to the full screen, fit
     * again once it is there: the overview of the calls, shown while they scrolled, took the lanes' room
     * and kept them scrolling, so F5 showed Race in Indonesian with four of its five calls and the overview.
     */
    @Test
    void callsThatScrolledForAMomentFitAgain(FxRobot robot) {
        Scene scene = presenting(robot, Locale.forLanguageTag("id"), 1280, 720, Mode.RACE);
        Stage[] shown = new Stage[1];
        robot.interact(() -> {
            shown[0] = new Stage();
            Stage stage = shown[0];
            stage.setScene(scene);
            stage.setWidth(1280);
            // Below 1024 x 720 presentation mode is laid out smaller, never below 0.75 of its size (540 high): at
            // 400 high it is at that least, and the calls scroll.
            stage.setHeight(400);
            stage.show();
        });
        robot.interact(() -> scene.getRoot().layout());
        TimelineView timeline = (TimelineView) scene.lookup("#timeline");
        Stage stage = shown[0];
        assertTrue(timeline.layoutUsed().scrollsWithNote(), "400 high, the calls scroll");
        try {
            robot.interact(() -> stage.setHeight(720));
            for (int i = 0; i < 3; i++) {
                robot.interact(() -> scene.getRoot().layout());
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            }
            assertFalse(timeline.layoutUsed().scrollsWithNote(), "720 high, the calls fit: lanes "
                    + timeline.layoutUsed().laneHeight() + " high, " + timeline.getHeight() + " for the timeline");
            assertFalse(scene.lookup("#overview").isVisible(), "the overview");
        } finally {
            robot.interact(stage::close);
        }
    }

    /**
     * At any height the overview of the calls settles: shown while the lanes scroll, hidden while they
     * all fit, and it stays so frame after frame, paused or stepped. Hidden on the promise that the lanes
     * would fit without it, it came back at the next frame where the freed room went to the console (a
     * timeline at its least height), over and over, 60 times a second.
     */
    @Test
    void theOverviewSettlesAtEveryHeight(FxRobot robot) throws Exception {
        for (double[] size : new double[][] {{1024, 600, 1}, {1280, 580, 1}, {1280, 540, 0}, {1366, 500, 0}, {1280, 400, 0},
            {1280, 720, 1}}) {
            boolean presenting = size[2] == 1;
            String where = size[0] + " x " + size[1] + (presenting ? ", presenting" : "");
            Scene scene = presenting(robot, Locale.ENGLISH, size[0], size[1], Mode.MUTEX);
            Session session = (Session) scene.getProperties().get(Session.class);
            Stage[] shown = new Stage[1];
            java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
            robot.interact(() -> {
                session.presentingProperty().set(presenting);
                shown[0] = new Stage();
                shown[0].setScene(scene);
                shown[0].setWidth(size[0]);
                shown[0].setHeight(size[1]);
                shown[0].show();
            });
            try {
                Node overview = scene.lookup("#overview");
                TimelineView timeline = (TimelineView) scene.lookup("#timeline");
                Thread.sleep(300);
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> overview.visibleProperty().addListener((o, was, now) -> changes.incrementAndGet()));
                for (int k = 0; k < 6; k++) {
                    long to = 500_000L * (k + 1);
                    robot.interact(() -> session.playback().seek(to));
                    Thread.sleep(50);
                    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                }
                Thread.sleep(300);
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                assertEquals(0, changes.get(), where + ": the overview came and went " + changes.get() + " times");
                boolean[] state = new boolean[2];
                robot.interact(() -> {
                    state[0] = overview.isVisible();
                    state[1] = timeline.layoutUsed().scrollsWithNote();
                });
                assertEquals(state[1], state[0], where + ": the overview " + (state[0] ? "shown" : "hidden") + " while the lanes "
                        + (state[1] ? "scroll" : "fit"));
            } finally {
                robot.interact(shown[0]::close);
            }
        }
    }

    /** Leaving presentation mode gives the usual sizes back. */
    @Test
    void leavingPresentationModeGivesTheUsualSizesBack(FxRobot robot) {
        Scene scene = presenting(robot, Locale.ENGLISH, 1920, 1080);
        Session session = (Session) scene.getProperties().get(Session.class);
        robot.interact(() -> {
            session.presentingProperty().set(false);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        assertEquals(1, session.presentingZoomProperty().get());
        assertEquals(List.of(), scene.getRoot().getStylesheets());
        assertEquals(15, ((Labeled) scene.lookup("#run")).getFont().getSize(), 0.01);
    }

    /**
     * The code panel settles: presenting Concurrent's end at 1600 x 1000 its type was fitted a size up,
     * then down, for ever (the indentation, in the fitted type, changed the code's room), so the lines'
     * height went 1284, 1296, 1284... and the window kept a core busy.
     */
    @Test
    void theCodePanelSettles(FxRobot robot) {
        List<String> restless = new java.util.ArrayList<>();
        for (double[] screen : new double[][] {{1600, 1000}, {1920, 1080}, {1280, 720}, {1024, 768}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                for (Mode mode : List.of(Mode.CONCURRENT, Mode.MUTEX)) {
                    Scene scene = presenting(robot, locale, screen[0], screen[1], mode);
                    Session session = (Session) scene.getProperties().get(Session.class);
                    // At the end (no badges), then mid-run (badges beside their lines or under them).
                    for (long at : new long[] {Long.MAX_VALUE, mode == Mode.MUTEX ? 2_655_000 : 863_000}) {
                        robot.interact(() -> session.playback().seek(at));
                        int changes = heightChanges(robot, scene);
                        if (changes > 0) {
                            restless.add(screen[0] + " x " + screen[1] + ", " + locale + ", " + mode.id() + " at " + at + ": " + changes);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), restless, "the code's height changed this often once laid out");
    }

    /**
     * A badge beside its line's last row stays within that row: presenting at 1024 x 768 in Indonesian the
     * code's type is made smaller to fit, the badge is taller than a row, and raised it reached 4.7 px into
     * the row above. Selecting a goroutine changes nothing of the code's type (its line's border made the
     * type a size smaller, for good).
     */
    @Test
    void aBadgeBesideItsLineStaysOnItsRowAndSelectingKeepsTheType(FxRobot robot) {
        List<String> wrong = new java.util.ArrayList<>();
        for (double[] screen : new double[][] {{1024, 768}, {1280, 720}, {1920, 1080}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                for (Mode mode : List.of(Mode.CONCURRENT, Mode.MUTEX)) {
                    Scene scene = presenting(robot, locale, screen[0], screen[1], mode);
                    Session session = (Session) scene.getProperties().get(Session.class);
                    String where = screen[0] + " x " + screen[1] + ", " + locale + ", " + mode.id();
                    robot.interact(() -> {
                        session.helpShownProperty().set(false);
                        session.playback().seek(mode == Mode.MUTEX ? 2_655_000 : 863_000);
                    });
                    heightChanges(robot, scene);
                    robot.interact(() -> {
                        for (Node badge : scene.getRoot().lookupAll(".code-badge")) {
                            if (!badge.isVisible() || !badge.getParent().getStyleClass().contains("code-badge-row")) {
                                continue;
                            }
                            javafx.scene.text.TextFlow code = (javafx.scene.text.TextFlow) badge.getParent().getParent().lookup("TextFlow");
                            int length = code.getChildren().stream().filter(Text.class::isInstance)
                                    .mapToInt(piece -> ((Text) piece).getText().length()).sum();
                            for (javafx.scene.shape.PathElement element : code.caretShape(length, true)) {
                                if (element instanceof javafx.scene.shape.MoveTo move) {
                                    double rowTop = code.localToScene(0, move.getY()).getY();
                                    if (bounds(badge).getMinY() < rowTop - 0.5) {
                                        wrong.add(where + ": \"" + ((Labeled) badge).getText() + "\" from " + bounds(badge).getMinY()
                                                + ", its line's last row from " + rowTop);
                                    }
                                }
                            }
                        }
                    });
                    Text sample = (Text) scene.lookup(".code-view .go-keyword");
                    double before = sample.getFont().getSize();
                    robot.interact(() -> session.selectedLaneProperty().set(1));
                    heightChanges(robot, scene);
                    // The selected line is as wide as the others: its code has the room the type was fitted to.
                    List<Double> widths = scene.getRoot().lookupAll(".code-text-row").stream()
                            .map(row -> ((Region) row).getWidth()).distinct().toList();
                    if (widths.size() != 1) {
                        wrong.add(where + ": with id1 selected the lines are " + widths + " wide");
                    }
                    robot.interact(() -> session.selectedLaneProperty().set(-1));
                    heightChanges(robot, scene);
                    if (sample.getFont().getSize() != before) {
                        wrong.add(where + ": the code's type went from " + before + " to " + sample.getFont().getSize()
                                + " with id1 selected and let go");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Presenting on a 1024 x 768 projector the code panel takes 42% of the width (430 px), and its type is at
     * least 15 px: it had 38% (390 px) and 13 px type, the smallest on the screen, the Go program being what the
     * class reads. On screens wide enough to give it 450 px the lanes keep their 62%; they never keep less than
     * 58% (800 x 600), as their axis, with less, kept only 0 and 2000.
     */
    @Test
    void presentingOnAnXgaProjectorTheCodeIsReadable(FxRobot robot) {
        for (double[] screen : new double[][] {{1024, 768, 0.42 * 1024}, {1280, 720, 0.38 * 1280}, {1920, 1080, 0.38 * 1920}, {800, 600, 0}}) {
            Scene scene = presenting(robot, Locale.ENGLISH, screen[0], screen[1], Mode.MUTEX);
            heightChanges(robot, scene);
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) scene.lookup(".work");
            double at = split.getDividerPositions()[0];
            double width = split.getWidth() - split.snappedLeftInset() - split.snappedRightInset();
            String where = screen[0] + " x " + screen[1];
            if (screen[2] > 0) {
                assertEquals(screen[2], (1 - at) * width, 2, where + ": the code panel's width");
            } else {
                assertEquals(0.58, at, 0.005, where + ": the lanes' share");
            }
            if (screen[0] == 1024) {
                double type = ((Text) scene.lookup(".code-view .go-keyword")).getFont().getSize();
                assertTrue(type >= 15, where + ": the code's type is " + type + " px");
            }
        }
    }

    /**
     * A click on the divider that does not move it is no drag: presenting at 1024 x 768, where the divider is
     * held at 58% for the code's room, a click made 58% the place chosen by hand, and the window made wider
     * kept it there instead of the lanes' 62%.
     */
    @Test
    void aClickOnTheDividerIsNoDrag(FxRobot robot) {
        Scene scene = presenting(robot, Locale.ENGLISH, 1024, 768, Mode.MUTEX);
        heightChanges(robot, scene);
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) scene.lookup(".work");
        assertEquals(0.58, split.getDividerPositions()[0], 0.005);
        Node divider = split.lookup(".split-pane-divider");
        robot.interact(() -> {
            for (javafx.event.EventType<javafx.scene.input.MouseEvent> type
                    : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.scene.input.MouseEvent.MOUSE_RELEASED)) {
                javafx.geometry.Point2D at = divider.localToScene(2, 20);
                javafx.event.Event.fireEvent(divider, new javafx.scene.input.MouseEvent(type, 2, 20, at.getX(), at.getY(),
                        javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false,
                        false, null));
            }
        });
        heightChanges(robot, scene);
        robot.interact(() -> {
            ((Region) scene.getRoot()).resize(1920, 768);
            scene.getRoot().layout();
        });
        heightChanges(robot, scene);
        assertEquals(0.62, split.getDividerPositions()[0], 0.005, "made wider, the lanes have their 62% again");
    }

    /**
     * The code panel's bottom never shows a row of code cut through its letters: presenting on a 1024 x 768
     * projector every program's last row in view was cut in half. A row shown but for its descenders stays,
     * as in the console.
     */
    @Test
    void theCodesBottomRowIsWholeOrHidden(FxRobot robot) {
        List<String> cut = new java.util.ArrayList<>();
        for (double[] screen : new double[][] {{1024, 768}, {1280, 720}, {1920, 1080}}) {
            for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.MUTEX, Mode.RACE)) {
                Scene scene = presenting(robot, Locale.ENGLISH, screen[0], screen[1], mode);
                Session session = (Session) scene.getProperties().get(Session.class);
                for (long at : new long[] {0, 2_400_000, Long.MAX_VALUE}) {
                    robot.interact(() -> {
                        session.helpShownProperty().set(false);
                        session.playback().seek(at);
                    });
                    heightChanges(robot, scene);
                    robot.interact(() -> {
                        javafx.scene.control.ScrollPane view = (javafx.scene.control.ScrollPane) scene.lookup(".code-view");
                        Region lines = (Region) view.getContent();
                        double viewHeight = view.getViewportBounds().getHeight();
                        double bottom = view.getVvalue() * (lines.getHeight() - viewHeight) + viewHeight;
                        if (lines.getClip() != null) {
                            bottom = Math.min(bottom, lines.getClip().getBoundsInLocal().getMaxY());
                        }
                        for (Node row : lines.lookupAll(".code-text-row")) {
                            javafx.geometry.Bounds b = lines.sceneToLocal(row.localToScene(row.getLayoutBounds()));
                            if (b.getMinY() < bottom && b.getMaxY() > bottom) {
                                Text piece = (Text) row.lookupAll("*").stream().filter(node -> node instanceof Text
                                        && node.getParent() instanceof javafx.scene.text.TextFlow).findFirst().orElseThrow();
                                double pitch = b.getHeight() / Math.max(1, Math.round(b.getHeight() / WholeLinesFlow.rowHeight(piece.getFont())));
                                double shown = (bottom - b.getMinY()) % pitch;
                                if (shown > 0.5 && shown < pitch * 0.8) {
                                    cut.add(screen[0] + " x " + screen[1] + ", " + mode.id() + " at " + at + ": " + shown + " of " + pitch + " px");
                                }
                            }
                        }
                    });
                }
            }
        }
        assertEquals(List.of(), cut, "rows of code cut at the bottom");
    }

    /** How often the code's lines change height over six rounds of events, once laid out. */
    private static int heightChanges(FxRobot robot, Scene scene) {
        for (int i = 0; i < 3; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> scene.getRoot().layout());
        }
        Region lines = (Region) scene.lookup(".code-lines");
        int[] changes = new int[1];
        javafx.beans.InvalidationListener count = obs -> changes[0]++;
        robot.interact(() -> lines.heightProperty().addListener(count));
        for (int i = 0; i < 6; i++) {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> lines.heightProperty().removeListener(count));
        return changes[0];
    }

    /**
     * Presenting Concurrent mid-run, main waits in wg.Wait() while four goroutines sleep in time.Sleep:
     * both lines show with their badges, the heart of the program, where they fit together.
     */
    @Test
    void presentingMainsWaitShowsWithTheSleeps(FxRobot robot) {
        List<String> missing = new java.util.ArrayList<>();
        for (double[] screen : new double[][] {{1920, 1080}, {1600, 1000}, {1280, 720}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                badgesNotInView(robot, locale, screen, Mode.CONCURRENT, 863_000, badge -> true).ifPresent(missing::add);
            }
        }
        assertEquals(List.of(), missing, "wg.Wait()'s and time.Sleep's badges not both in view");
    }

    /**
     * Presenting Mutex mid-run, three goroutines wait in m.Lock() while one holds the lock: both lines
     * show with their badges. In Indonesian at 1280 x 720 the hold line's longer comment pushed "×1
     * memegang lock" out of view.
     */
    @Test
    void presentingTheLocksWaitersAndHolderShowTogether(FxRobot robot) {
        List<String> missing = new java.util.ArrayList<>();
        for (double[] screen : new double[][] {{1920, 1080}, {1280, 720}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                badgesNotInView(robot, locale, screen, Mode.MUTEX, 2_359_000,
                        badge -> badge.startsWith("×3") || badge.endsWith("lock")).ifPresent(missing::add);
            }
        }
        assertEquals(List.of(), missing, "m.Lock()'s waiters and the holder's badges not both in view");
    }

    /**
     * Presenting {@code mode} at {@code at} µs on {@code screen}: unless both of the badges {@code which}
     * picks are wholly in the code panel's view, where the view and all the badges are.
     */
    private static java.util.Optional<String> badgesNotInView(FxRobot robot, Locale locale, double[] screen, Mode mode,
                                                             long at, java.util.function.Predicate<String> which) {
        Scene scene = presenting(robot, locale, screen[0], screen[1], mode);
        robot.interact(() -> scene.getRoot().layout());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Session session = (Session) scene.getProperties().get(Session.class);
        robot.interact(() -> {
            session.helpShownProperty().set(false);
            session.playback().seek(at);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scene.getRoot().layout());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Bounds view = bounds(scene.lookup("#code .viewport"));
        List<String> shown = new java.util.ArrayList<>();
        List<String> all = new java.util.ArrayList<>();
        for (Node badge : scene.getRoot().lookupAll(".code-badge")) {
            Bounds where = bounds(badge);
            String text = ((Labeled) badge).getText();
            if (badge.isVisible() && badge.isManaged() && which.test(text)) {
                all.add(text + " " + where.getMinY() + ".." + where.getMaxY());
                if (where.getMinY() >= view.getMinY() - 0.5 && where.getMaxY() <= view.getMaxY() + 0.5) {
                    shown.add(text);
                }
            }
        }
        return shown.size() == 2 ? java.util.Optional.empty() : java.util.Optional.of(screen[0] + " x " + screen[1] + ", "
                + locale + ": the view " + view.getMinY() + ".." + view.getMaxY() + ", the badges " + all);
    }

    /**
     * Presenting on real threads before their first run, nobody is on a line: the code panel showed the
     * imports at its top, and main's loop of wg.Add(1) and go dbCall(i), this lesson's new lines, was out
     * of view. It shows that loop.
     */
    @Test
    void beforeTheFirstRealRunTheCodeShowsMainsLoop(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            // E at a run's end (the same program, on another engine), then another program on real threads.
            Scene scene = presenting(robot, locale, 1280, 720, Mode.CONCURRENT);
            Session session = (Session) scene.getProperties().get(Session.class);
            for (Mode mode : List.of(Mode.CONCURRENT, Mode.MUTEX)) {
                robot.interact(() -> {
                    session.helpShownProperty().set(false);
                    session.selectEngine(dev.golanes.engine.EngineKind.REAL);
                    session.selectMode(mode);
                });
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> scene.getRoot().layout());
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                assertEquals(0, session.trace().size(), "waiting for the first real run");
                List<String> shown = codeInView(scene);
                assertTrue(shown.stream().anyMatch(line -> line.startsWith("wg.Add(1)"))
                        && shown.stream().anyMatch(line -> line.startsWith("go dbCall(i)")), locale + ", " + mode + ": in view " + shown);
            }
        }
    }

    /** The lines of code wholly in the code panel's view, as they read. */
    private static List<String> codeInView(Scene scene) {
        Bounds view = bounds(scene.lookup("#code .viewport"));
        List<String> shown = new java.util.ArrayList<>();
        for (Node row : scene.lookup("#code").lookupAll(".code-text-row")) {
            Bounds at = bounds(row);
            if (at.getMinY() >= view.getMinY() - 0.5 && at.getMaxY() <= view.getMaxY() + 0.5) {
                StringBuilder text = new StringBuilder();
                row.lookupAll(".code-text").forEach(piece -> text.append(((javafx.scene.text.Text) piece).getText()));
                shown.add(text.toString().strip());
            }
        }
        return shown;
    }

    private static Scene presenting(FxRobot robot, Locale locale, double width, double height) {
        return presenting(robot, locale, width, height, Mode.MUTEX);
    }

    private static Scene presenting(FxRobot robot, Locale locale, double width, double height, Mode mode) {
        Scene[] made = new Scene[1];
        robot.interact(() -> {
            Session session = new Session(Scenario.defaults(mode, 42), locale);
            StackPane root = new StackPane(Views.load(session), new HelpOverlay(session));
            Scene scene = new Scene(root, width, height);
            scene.getProperties().put(Session.class, session);
            Themes.apply(scene);
            PresentingZoom.follow(scene, session);
            session.presentingProperty().set(true);
            session.helpShownProperty().set(true);
            session.playback().seek(Long.MAX_VALUE);
            root.applyCss();
            root.layout();
            made[0] = scene;
        });
        robot.interact(() -> made[0].getRoot().layout());
        return made[0];
    }

    /** Each text the window shows and its type size, by what it says and where (its style classes). */
    private static Map<String, Double> typeSizes(Node node) {
        Map<String, Double> sizes = new TreeMap<>();
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            sizes.putIfAbsent(labeled.getStyleClass() + " " + labeled.getText(), labeled.getFont().getSize());
        } else if (node instanceof Text text && !(node.getParent() instanceof Labeled) && text.getText() != null && !text.getText().isBlank()) {
            sizes.putIfAbsent(text.getStyleClass() + " " + text.getText(), text.getFont().getSize());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> typeSizes(child).forEach(sizes::putIfAbsent));
        }
        return sizes;
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
