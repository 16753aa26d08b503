package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.CompareModel;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The Compare window (C): one at a time, and a Close button beside Esc. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    private Session session;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        Scene scene = new Scene(Views.load(session), 1280, 720);
        Themes.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeThem(FxRobot robot) {
        robot.interact(() -> compareWindows().forEach(Stage::close));
    }

    @Test
    void pressingCompareAgainKeepsOneWindowAndShowsTheNewScenario(FxRobot robot) {
        robot.interact(() -> CompareWindow.open(main, session));
        robot.interact(() -> CompareWindow.open(main, session));
        assertEquals(1, compareWindows().size(), "the same comparison twice");
        robot.interact(() -> session.form().callsProperty().set("7"));
        robot.interact(() -> CompareWindow.open(main, session));
        List<Stage> open = compareWindows();
        assertEquals(1, open.size(), "a comparison of another scenario replaces the first");
        String title = ((Label) open.get(0).getScene().lookup(".compare-title")).getText();
        assertTrue(title.contains("7\u00A0calls"), title);
    }

    /**
     * The class guesses first: while the lanes play, a program's total, reason and results wait behind
     * "…" until it ends, and the table keeps its size as it fills in. End shows them all; Home hides them again.
     */
    @Test
    void theTableFillsInAsTheProgramsEnd(FxRobot robot) {
        Stage compare = open(robot, 1400, 900);
        Scene scene = compare.getScene();
        Node table = scene.lookup("#compare-table");
        double height = table.getLayoutBounds().getHeight();
        assertEquals(List.of(), shownTexts(scene, ".compare-total"), "at 0 ms");
        assertEquals(List.of(), shownTexts(scene, ".compare-why"), "at 0 ms");
        assertEquals(List.of(), shownTexts(table, ".code"), "at 0 ms");
        assertEquals(List.of("…", "…", "…", "…"), shownTexts(table, ".compare-waiting"));
        press(robot, compare, KeyCode.END);
        assertEquals(List.of("10s", "2s", "3.5s", "2.3s", "10s", "2s", "3.5s", "2.3s"), shownTexts(scene, ".compare-total"));
        assertEquals(4, shownTexts(scene, ".compare-why").size());
        assertEquals(List.of("", "", "[id3 id1 id5 id4 id2]", "[id2]"), shownTexts(table, ".code"));
        assertEquals(List.of(), shownTexts(table, ".compare-waiting"));
        assertEquals(height, table.getLayoutBounds().getHeight(), 0.5, "the table grew as it filled in");
        press(robot, compare, KeyCode.HOME);
        assertEquals(List.of(), shownTexts(scene, ".compare-total"), "back at 0 ms");
        // A clicker's next and previous: one program's end, one row, at a time (concurrent 2s, race 2.3s,
        // mutex 3.5s, sequential 10s), paused there.
        press(robot, compare, KeyCode.PAGE_DOWN);
        assertEquals(List.of("2s", "2s"), shownTexts(scene, ".compare-total"));
        press(robot, compare, KeyCode.RIGHT);
        assertEquals(List.of("2s", "2.3s", "2s", "2.3s"), shownTexts(scene, ".compare-total"));
        press(robot, compare, KeyCode.PAGE_DOWN);
        press(robot, compare, KeyCode.PAGE_DOWN);
        assertEquals(8, shownTexts(scene, ".compare-total").size());
        press(robot, compare, KeyCode.PAGE_UP);
        assertEquals(List.of("2s", "3.5s", "2.3s", "2s", "3.5s", "2.3s"), shownTexts(scene, ".compare-total"));
        assertEquals("Play", ((Button) scene.lookup("#compare-play")).getText(), "paused at each end");
    }

    /** The mouse has the clicker's keys too: ◀ and ▶ go from one program's end to the next, and the speed box shows + and −. */
    @Test
    void itsButtonsStepThroughTheEndsAndShowTheSpeed(FxRobot robot) {
        Stage compare = open(robot, 1024 * 0.92, 768 * 0.92);
        Scene scene = compare.getScene();
        robot.interact(((Button) scene.lookup("#compare-next"))::fire);
        assertEquals(List.of("2s", "2s"), shownTexts(scene, ".compare-total"), "concurrent's end");
        robot.interact(((Button) scene.lookup("#compare-next"))::fire);
        assertEquals(4, shownTexts(scene, ".compare-total").size(), "and race's");
        robot.interact(((Button) scene.lookup("#compare-previous"))::fire);
        assertEquals(2, shownTexts(scene, ".compare-total").size(), "back to concurrent's");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Double> speed = (javafx.scene.control.ComboBox<Double>) scene.lookup("#compare-speed");
        assertEquals("1x", speed.getConverter().toString(speed.getValue()));
        press(robot, compare, KeyCode.PLUS);
        assertEquals("2x", speed.getConverter().toString(speed.getValue()), "+ shows in the box");
        robot.interact(() -> speed.setValue(0.5));
        assertEquals(0.5, CompareWindow.model(compare).clock().speedProperty().get(), "and the box sets the speed");
        for (String id : List.of("#compare-previous", "#compare-next", "#compare-play", "#compare-speed", "#compare-export",
                "#compare-close")) {
            assertEquals(List.of(), SmallScreenTest.cutTexts(scene.lookup(id)), id + " at 1024 x 768");
        }
    }

    /**
     * B blanks and pauses, so the answer does not play out unseen; Esc then only brings the picture
     * back. The comparison starts at the main window's speed, and + and − change it.
     */
    @Test
    void blankingPausesAndEscUnblanksFirst(FxRobot robot) {
        robot.interact(() -> session.playback().speedProperty().set(0.5));
        try {
            Stage compare = open(robot, 1400, 900);
            Scene scene = compare.getScene();
            Button play = (Button) scene.lookup("#compare-play");
            assertEquals(0.5, CompareWindow.model(compare).clock().speedProperty().get(), "the main window's speed");
            press(robot, compare, KeyCode.EQUALS);
            assertEquals(1, CompareWindow.model(compare).clock().speedProperty().get(), "one step faster");
            assertEquals("Play", play.getText());
            press(robot, compare, KeyCode.SPACE);
            assertEquals("Pause", play.getText());
            press(robot, compare, KeyCode.B);
            assertTrue(session.blankedProperty().get());
            assertEquals("Play", play.getText(), "blanked: paused");
            press(robot, compare, KeyCode.ESCAPE);
            assertFalse(session.blankedProperty().get(), "Esc took the blank away");
            assertTrue(compare.isShowing(), "and left the comparison open");
            assertEquals("Play", play.getText(), "still paused");
            // Blanked, a clicker's next brings the screen back and reveals no row behind it.
            long time = CompareWindow.model(compare).clock().time();
            press(robot, compare, KeyCode.B);
            press(robot, compare, KeyCode.PAGE_DOWN);
            assertFalse(session.blankedProperty().get(), "PgDn took the blank away");
            assertEquals(time, CompareWindow.model(compare).clock().time(), "PgDn moved the comparison behind the blank");
        } finally {
            robot.interact(() -> {
                session.blankedProperty().set(false);
                session.playback().speedProperty().set(1);
            });
        }
    }

    /**
     * As in the main window, a key closes the comparison's keys list and does nothing behind it: a
     * clicker's next revealed a row of the table while the list hid it.
     */
    @Test
    void aKeyClosesItsKeysListAndMovesNothing(FxRobot robot) {
        Stage compare = open(robot, 1400, 900);
        Node help = compare.getScene().lookup("#help");
        for (KeyCode key : List.of(KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.END, KeyCode.C)) {
            robot.interact(() -> {
                // As the keyboard sends ?: Shift, then / pressed, then the character typed.
                Node root = compare.getScene().getRoot();
                for (KeyCode down : List.of(KeyCode.SHIFT, KeyCode.SLASH)) {
                    root.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", down,
                            true, false, false, false));
                }
                root.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED, "?", "",
                        KeyCode.UNDEFINED, true, false, false, false));
            });
            assertTrue(help.isVisible(), "? lists the keys");
            press(robot, compare, key);
            assertFalse(help.isVisible(), key + " closed the list");
            assertEquals(0, CompareWindow.model(compare).clock().time(), key + " moved the comparison");
            assertFalse(CompareWindow.model(compare).clock().isPlaying(), key + " played it");
            assertTrue(compare.isShowing(), key + " closed the comparison");
        }
        press(robot, compare, KeyCode.PAGE_DOWN);
        assertTrue(CompareWindow.model(compare).clock().time() > 0, "with the list closed, PgDn goes to an end");
        // Shown, the list pauses the comparison it covers, as the blank screen does.
        press(robot, compare, KeyCode.SPACE);
        assertTrue(CompareWindow.model(compare).clock().isPlaying(), "Space plays");
        press(robot, compare, KeyCode.F1);
        assertTrue(help.isVisible(), "F1 lists the keys");
        assertFalse(CompareWindow.model(compare).clock().isPlaying(), "the keys list paused it");
    }

    private static void press(FxRobot robot, Stage compare, KeyCode key) {
        robot.interact(() -> compare.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
        robot.interact(() -> compare.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts of the visible labels of {@code style} in {@code root}, panels' totals before the table's. */
    private static List<String> shownTexts(Object root, String style) {
        Node from = root instanceof Scene scene ? scene.getRoot() : (Node) root;
        return from.lookupAll(style).stream().filter(CompareWindowTest::shown).map(node -> ((Label) node).getText()).toList();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Export… (Ctrl+E) in the comparison writes the comparison as the window shows it (its moment, its
     * colours and words, even after the main window changed theme), and its bar says so; the platform's
     * save dialog cannot be clicked here, so the test writes where the user would have chosen.
     */
    @Test
    void itsExportWritesTheComparisonAsItShowsAndSaysSo(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        Stage compare = open(robot, 1400, 900);
        Scene scene = compare.getScene();
        Button export = (Button) scene.lookup("#compare-export");
        assertEquals("Export…", export.getText());
        assertTrue(scene.getAccelerators().containsKey(ExportAction.SHORTCUT), "Ctrl+E");
        assertEquals(List.of(), SmallScreenTest.cutTexts(export));
        press(robot, compare, KeyCode.END);
        dev.golanes.export.ComparisonExport atEnd = CompareWindow.capture(compare);
        assertEquals(atEnd.comparison().longestTotal(), atEnd.atMicros());
        press(robot, compare, KeyCode.HOME);
        assertEquals(0, CompareWindow.capture(compare).atMicros(), "Home: the empty lanes on screen");
        robot.interact(() -> session.themeProperty().set(dev.golanes.render.Theme.DARK));
        try {
            assertEquals(dev.golanes.render.Palette.LIGHT, CompareWindow.capture(compare).palette(), "the window's colours");
        } finally {
            robot.interact(() -> session.themeProperty().set(dev.golanes.render.Theme.LIGHT));
        }
        Label said = (Label) scene.lookup(".compare-exported");
        java.nio.file.Path file = folder.resolve("slide");
        robot.interact(() -> CompareWindow.exportTo(compare, session, session.texts(), atEnd, file,
                dev.golanes.export.ExportFormat.SVG, said));
        String svg = java.nio.file.Files.readString(folder.resolve("slide.svg"));
        assertTrue(svg.contains(">the sum of the sleeps: 10,000 ms<"), "at its end, every row");
        assertEquals("Exported slide.svg", said.getText());
        // Over the comparison, whole, for a few seconds: beside the buttons it was cut ("Sudah diek…") and
        // pushed the title onto two lines.
        assertTrue(said.isVisible(), "said");
        robot.interact(() -> scene.getRoot().layout());
        assertEquals(List.of(), SmallScreenTest.cutTexts(said));
        assertTrue(said.getWidth() < scene.getWidth() / 2, "as wide as its words, not stretched: " + said.getWidth());
        assertFalse(scene.lookup(".compare-buttons").lookupAll(".compare-exported").contains(said), "not among the buttons");
        robot.interact(compare::close);
        // Where it was cut: in Indonesian, on a 1280 x 720 screen.
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        try {
            Stage narrow = open(robot, 1280 * 0.92, 720 * 0.92);
            Label saidThere = (Label) narrow.getScene().lookup(".compare-exported");
            robot.interact(() -> CompareWindow.exportTo(narrow, session, session.texts(), CompareWindow.capture(narrow),
                    folder.resolve("perbandingan-minggu-ketiga"), dev.golanes.export.ExportFormat.SVG, saidThere));
            robot.interact(() -> narrow.getScene().getRoot().layout());
            assertEquals("Sudah diekspor: perbandingan-minggu-ketiga.svg", saidThere.getText());
            assertEquals(List.of(), SmallScreenTest.cutTexts(saidThere));
            robot.interact(narrow::close);
        } finally {
            robot.interact(() -> session.setLanguage(Locale.ENGLISH));
        }
    }

    /** B blanks the projector: the comparison goes black too. */
    @Test
    void blankingCoversTheComparison(FxRobot robot) {
        robot.interact(() -> CompareWindow.open(main, session));
        Node blank = compareWindows().get(0).getScene().lookup(".blank");
        assertFalse(blank.isVisible());
        robot.interact(() -> session.blankedProperty().set(true));
        assertTrue(blank.isVisible());
        robot.interact(() -> session.blankedProperty().set(false));
    }

    @Test
    void itsCloseButtonClosesIt(FxRobot robot) {
        robot.interact(() -> CompareWindow.open(main, session));
        Button close = (Button) compareWindows().get(0).getScene().lookup("#compare-close");
        robot.interact(close::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), compareWindows());
        assertTrue(main.getProperties().values().stream().noneMatch(value -> value instanceof Stage),
                "the main window still holds the closed comparison");
    }

    @Test
    void anotherLanguageGetsANewComparison(FxRobot robot) {
        robot.interact(() -> CompareWindow.open(main, session));
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        robot.interact(() -> CompareWindow.open(main, session));
        List<Stage> open = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s != main)
                .map(w -> (Stage) w).toList();
        assertEquals(1, open.size());
        assertEquals("GoLanes: bandingkan program", open.get(0).getTitle());
    }

    /**
     * On a 1024 x 768 projector (the window takes 92% of it), in both languages: the buttons keep their
     * words, the title is whole (it wraps), and the table's programs and totals are never cut short.
     */
    @Test
    void aProjectorOf1024ShowsTheTotalsAndTheButtonsWhole(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            robot.interact(() -> session.setLanguage(locale));
            Stage compare = openOnAProjectorOf1024(robot);
            Scene scene = compare.getScene();
            press(robot, compare, KeyCode.END);
            for (Node node : List.of(scene.lookup("#compare-play"), scene.lookup("#compare-export"), scene.lookup("#compare-close"),
                    scene.lookup(".compare-title"))) {
                assertEquals(List.of(), SmallScreenTest.cutTexts(node), locale + ": " + node);
            }
            Node table = scene.lookup("#compare-table");
            for (String column : List.of(".compare-mode", ".compare-total", ".compare-heading")) {
                for (Node cell : table.lookupAll(column)) {
                    assertEquals(List.of(), SmallScreenTest.cutTexts(cell), locale + ": " + column);
                }
            }
            robot.interact(compare::close);
        }
    }

    /**
     * Many calls: mutex's results are shortened as the side panel shortens them, so the table keeps
     * its size and the title bar and the four timelines stay in the window (a slice of 40 ids pushed
     * them above it).
     */
    @Test
    void manyCallsKeepTheTimelinesAndTheBarInTheWindow(FxRobot robot) {
        for (String calls : List.of("40", "1000")) {
            robot.interact(() -> session.form().callsProperty().set(calls));
            Stage compare = openOnAProjectorOf1024(robot);
            Scene scene = compare.getScene();
            Node bar = scene.lookup(".compare-title").getParent();
            Node lanes = scene.lookup(".compare-lanes");
            Node table = scene.lookup("#compare-table");
            double height = scene.getHeight();
            assertTrue(bar.localToScene(bar.getLayoutBounds()).getMinY() >= 0, calls + " calls: the bar is above the window");
            assertTrue(table.getLayoutBounds().getHeight() < 0.4 * height,
                    calls + " calls: the table is " + table.getLayoutBounds().getHeight() + " of " + height + " px");
            assertTrue(lanes.getLayoutBounds().getHeight() > 0.4 * height,
                    calls + " calls: the timelines have " + lanes.getLayoutBounds().getHeight() + " of " + height + " px");
            for (Node heading : table.lookupAll(".compare-heading")) {
                assertEquals(List.of(), SmallScreenTest.cutTexts(heading), calls + " calls");
            }
            String results = table.lookupAll(".code").stream().map(node -> ((Label) node).getText())
                    .filter(text -> text.startsWith("[")).findFirst().orElseThrow();
            assertTrue(results.endsWith("(" + (calls.equals("40") ? "40" : "1000") + "\u00a0ids)"), results);
            // Not every call has a row: each program says which do, as an exported picture does.
            String shown = ((Label) scene.lookup("#compare-shown-2")).getText();
            assertTrue(shown.matches("id1–id\\d+ of " + (calls.equals("40") ? "40" : "1000") + " calls"), shown);
            // End jumps to the end of the longest run (sequential's, 17 minutes at 1,000 calls): playing
            // stops there, and Pause turns back into Play.
            Button play = (Button) scene.lookup("#compare-play");
            assertEquals("Play", play.getText(), "it opens paused, for the class to guess first");
            robot.interact(() -> compare.requestFocus());
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Pause", play.getText(), calls + " calls: Space");
            robot.type(KeyCode.END);
            WaitForAsyncUtils.waitForFxEvents();
            robot.sleep(100);
            assertEquals("Play", play.getText(), calls + " calls: End");
            robot.interact(compare::close);
        }
    }

    /**
     * Presenting, the comparison is the slide the room reads: it covers the screen, without a frame,
     * its type is a fifth larger, and on a 1024 x 768 projector the bar, the four timelines and the table still fit, whole.
     */
    @Test
    void presentingItCoversTheScreenInLargerTypeAndFits(FxRobot robot) {
        Stage usual = openOnAProjectorOf1024(robot);
        double usualType = ((Label) usual.getScene().lookup(".compare-mode")).getFont().getSize();
        assertEquals(javafx.stage.StageStyle.DECORATED, usual.getStyle(), "not presenting: a window with its frame");
        robot.interact(usual::close);
        robot.interact(() -> session.presentingProperty().set(true));
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                robot.interact(() -> session.setLanguage(locale));
                Stage compare = open(robot, 1024, 768);
                Scene scene = compare.getScene();
                press(robot, compare, KeyCode.END);
                assertEquals(javafx.stage.StageStyle.UNDECORATED, compare.getStyle(), locale + ": no frame");
                double type = ((Label) scene.lookup(".compare-mode")).getFont().getSize();
                assertEquals(usualType * 1.2, type, 0.5, locale + ": the programs' names");
                Node bar = scene.lookup(".compare-title").getParent();
                Node table = scene.lookup("#compare-table");
                assertTrue(bar.localToScene(bar.getLayoutBounds()).getMinY() >= 0, locale + ": the bar is above the window");
                assertTrue(table.localToScene(table.getLayoutBounds()).getMaxY() <= scene.getHeight() + 0.5,
                        locale + ": the table ends at " + table.localToScene(table.getLayoutBounds()).getMaxY());
                for (String column : List.of(".compare-mode", ".compare-total", ".compare-heading", ".compare-why")) {
                    for (Node cell : table.lookupAll(column)) {
                        assertEquals(List.of(), SmallScreenTest.cutTexts(cell), locale + ": " + column);
                    }
                }
                robot.interact(compare::close);
                // On a 1280 x 720 projector, every one of the five calls has its row in each program.
                Stage wide = open(robot, 1280, 720);
                for (int k = 0; k < 4; k++) {
                    assertEquals("", ((Label) wide.getScene().lookup("#compare-shown-" + k)).getText(), locale + ", program " + k);
                }
                // Presentation mode ends: the screen-sized comparison in large type gives way to a
                // window with a frame, where it was.
                press(robot, wide, KeyCode.PAGE_DOWN);
                long time = CompareWindow.model(wide).clock().time();
                robot.interact(() -> session.presentingProperty().set(false));
                WaitForAsyncUtils.waitForFxEvents();
                assertFalse(wide.isShowing(), locale + ": still open after presentation mode ended");
                Stage framed = compareWindows().get(0);
                assertEquals(javafx.stage.StageStyle.DECORATED, framed.getStyle(), locale + ": a frame");
                assertEquals(time, CompareWindow.model(framed).clock().time(), locale + ": where it was");
                robot.interact(framed::close);
                robot.interact(() -> session.presentingProperty().set(true));
            }
        } finally {
            robot.interact(() -> {
                session.presentingProperty().set(false);
                session.setLanguage(Locale.ENGLISH);
            });
        }
    }

    /**
     * Presenting ten calls on a 1024 x 768 projector in Indonesian, each program's note of the calls in
     * view read "id1–id5 dari 10 …": squeezed to one line, it lost the word that says what the numbers
     * are. It takes two lines.
     */
    @Test
    void presentingTheCallsInViewAreNamedWhole(FxRobot robot) {
        robot.interact(() -> {
            session.form().callsProperty().set("10");
            session.presentingProperty().set(true);
            session.setLanguage(Locale.forLanguageTag("id"));
        });
        try {
            Stage compare = open(robot, 1024, 768);
            press(robot, compare, KeyCode.END);
            for (int k = 0; k < 4; k++) {
                Label shown = (Label) compare.getScene().lookup("#compare-shown-" + k);
                assertTrue(shown.getText().contains("10"), "program " + k + ": " + shown.getText());
                assertEquals(List.of(), SmallScreenTest.cutTexts(shown), "program " + k);
                // Inside its own panel, not over the next program's name.
                javafx.scene.Node panel = shown.getParent().getParent();
                double bottom = shown.localToScene(shown.getLayoutBounds()).getMaxY();
                double panelBottom = panel.localToScene(panel.getLayoutBounds()).getMaxY();
                assertTrue(bottom <= panelBottom + 0.5, "program " + k + ": the calls end at " + bottom + ", the panel at " + panelBottom);
            }
            robot.interact(compare::close);
        } finally {
            robot.interact(() -> {
                session.presentingProperty().set(false);
                session.setLanguage(Locale.ENGLISH);
                session.form().callsProperty().set("5");
            });
        }
    }

    /**
     * Under some window managers JavaFX 21 shrinks an owned window to 200 x 200 a moment after showing
     * it (JDK-8316423): in its first seconds the comparison takes its size back. Made small later (by
     * the user), it stays as made.
     */
    @Test
    void aWindowShrunkAsItOpensTakesItsSizeBack(FxRobot robot) throws Exception {
        robot.interact(() -> CompareWindow.open(main, session));
        Stage compare = compareWindows().get(0);
        double width = compare.getScene().getWidth();
        double height = compare.getScene().getHeight();
        robot.interact(() -> {
            compare.setWidth(200);
            compare.setHeight(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, compare.getScene().getWidth(), 1);
        assertEquals(height, compare.getScene().getHeight(), 1);
        Thread.sleep(3500);
        robot.interact(() -> compare.setWidth(600));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(600, compare.getWidth(), 1, "a window made smaller later stays so");
    }

    /**
     * Made half a laptop's screen wide by the user (683 x 700), the comparison kept its type: its
     * Close button was cut off at the right and its table scrolled sideways. It opens again drawn
     * smaller, where it was and as large, once its size has stayed put a second, and goes on from where
     * it was; in another language it stays so. Made large again, it is drawn as usual.
     */
    @Test
    void aWindowTheUserMakesSmallIsDrawnSmaller(FxRobot robot) throws Exception {
        robot.interact(() -> CompareWindow.open(main, session));
        // Past the first seconds, where a window shrunk as it opens takes its size back.
        Thread.sleep(3500);
        robot.interact(() -> {
            CompareModel model = (CompareModel) compareWindows().get(0).getProperties().get(CompareModel.class);
            model.clock().seek(2_500_000);
            compareWindows().get(0).setWidth(683);
            compareWindows().get(0).setHeight(700);
        });
        Thread.sleep(1600);
        WaitForAsyncUtils.waitForFxEvents();
        Stage small = compareWindows().get(0);
        assertEquals(1, compareWindows().size());
        assertEquals(683, small.getScene().getWidth(), 1);
        assertEquals(700, small.getScene().getHeight(), 1);
        assertTrue(small.getScene().getRoot().getStyleClass().contains("shrunk"), "drawn smaller");
        assertEquals(2_500_000, ((CompareModel) small.getProperties().get(CompareModel.class)).clock().time());
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> small.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
        javafx.scene.Node close = small.getScene().lookup("#compare-close");
        assertTrue(close.localToScene(close.getLayoutBounds()).getMaxX() <= 683 + 0.5,
                "Close ends at " + close.localToScene(close.getLayoutBounds()).getMaxX());
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals(683, compareWindows().get(0).getScene().getWidth(), 1, "in Indonesian too");
        } finally {
            robot.interact(() -> session.setLanguage(Locale.ENGLISH));
        }
        Thread.sleep(500);
        robot.interact(() -> {
            compareWindows().get(0).setWidth(1200);
            compareWindows().get(0).setHeight(760);
        });
        Thread.sleep(1600);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(compareWindows().get(0).getScene().getRoot().getStyleClass().contains("shrunk"), "large again");
    }

    /**
     * A 1024 x 768 screen (the window 942 x 706) with 1000 calls: the title takes three lines beside
     * the buttons and shows them all (it was given one line's height and ended in "…"), and the
     * results wrap rather than squeeze the reasons to four lines each, which pushed the table off
     * the window. Nothing is cut, and the title starts in the window.
     */
    @Test
    void onA1024ScreenTheTitleAndTheTableAreWhole(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            robot.interact(() -> {
                session.setLanguage(locale);
                session.form().callsProperty().set("1000");
            });
            Stage compare = open(robot, 942, 706);
            Scene scene = compare.getScene();
            Node bar = scene.lookup(".compare-title").getParent();
            assertEquals(List.of(), SmallScreenTest.cutTexts(bar), locale + ": the title bar");
            Node table = scene.lookup("#compare-table");
            robot.interact(() -> scene.getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.END, false, false, false, false)));
            robot.interact(() -> scene.getRoot().layout());
            assertEquals(List.of(), SmallScreenTest.cutTexts(table), locale + ": the table");
            Bounds title = scene.lookup(".compare-title").localToScene(scene.lookup(".compare-title").getLayoutBounds());
            Bounds whole = table.localToScene(table.getLayoutBounds());
            assertTrue(title.getMinY() >= 0, locale + ": the title starts at y " + title.getMinY());
            assertTrue(whole.getMaxY() <= scene.getHeight() + 0.5, locale + ": the table ends at y " + whole.getMaxY()
                    + " in a window " + scene.getHeight() + " tall");
            robot.interact(compare::close);
        }
    }

    /**
     * One legend names the four programs' colours, between them and the table. On a 1280 x 720 screen,
     * where it would cost a program one of its calls' rows by a few pixels, it was left out, and nothing
     * said what the hatching, the orange and the green stand for: the timelines are drawn a tenth
     * smaller there instead, and every program keeps its five calls (one program used to lose its last
     * row there, a pixel short, legend or not), in both languages.
     */
    @Test
    void aLegendUnderTheProgramsUnlessItCostsThemARow(FxRobot robot) {
        Stage large = open(robot, 1600 * 0.92, 1000 * 0.92);
        Scene scene = large.getScene();
        Node legend = scene.lookup("#compare-legend");
        assertTrue(legend.isVisible(), "on a 1600 x 1000 screen");
        Bounds under = legend.localToScene(legend.getLayoutBounds());
        Bounds table = scene.lookup("#compare-table").localToScene(scene.lookup("#compare-table").getLayoutBounds());
        for (Node program : scene.getRoot().lookupAll(".compare-panel")) {
            assertTrue(program.localToScene(program.getLayoutBounds()).getMaxY() <= under.getMinY() + 0.5, "under the programs");
        }
        assertTrue(under.getHeight() > 30 && under.getMaxY() <= table.getMinY() + 0.5, "above the table: " + under);
        everyProgramHasItsFiveRows(scene, "1600 x 1000");
        robot.interact(large::close);

        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            robot.interact(() -> session.setLanguage(locale));
            Stage projector = open(robot, 1280 * 0.92, 720 * 0.92);
            assertTrue(projector.getScene().lookup("#compare-legend").isVisible(), locale + ": on a 1280 x 720 screen");
            everyProgramHasItsFiveRows(projector.getScene(), locale + ", 1280 x 720");
            robot.interact(projector::close);
        }
        robot.interact(() -> session.setLanguage(Locale.ENGLISH));
        // Twenty calls scroll: each program shows as many as the others. The last, given the pixels left
        // over, showed "id1–id4 of 20 calls" under three of "id1–id3".
        robot.interact(() -> {
            session.form().callsProperty().set("20");
            session.form().seedProperty().set("5");
            session.run();
            session.playback().pause();
        });
        try {
            Stage twenty = open(robot, 1280 * 0.92, 720 * 0.92);
            String first = ((Label) twenty.getScene().lookup("#compare-shown-0")).getText();
            assertTrue(first.endsWith("of 20 calls"), first);
            for (int k = 1; k < 4; k++) {
                assertEquals(first, ((Label) twenty.getScene().lookup("#compare-shown-" + k)).getText(), "program " + k);
            }
            robot.interact(twenty::close);
        } finally {
            robot.interact(() -> {
                session.form().callsProperty().set("5");
                session.form().seedProperty().set("42");
                session.run();
                session.playback().pause();
            });
        }
    }

    /**
     * Presenting on a 1280 x 720 projector, the title fits one line and the legend has its room: the
     * title of random delays, a fifth larger than the table's type, wrapped to two lines, and the legend
     * went to keep the programs' rows, so the class saw the hatched and coloured bars with no key.
     */
    @Test
    void presentingAt1280x720TheLegendShows(FxRobot robot) {
        robot.interact(() -> {
            // Sequential's random delays: "random delays under 2000 ms" is the longer title.
            session.selectMode(Mode.SEQUENTIAL);
            session.presentingProperty().set(true);
        });
        try {
            // Indonesian's title is longer: its type is made smaller to keep it on one line.
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
                robot.interact(() -> session.setLanguage(locale));
                Stage projector = open(robot, 1280, 720);
                Scene scene = projector.getScene();
                assertTrue(scene.lookup("#compare-legend").isVisible(), locale + ": the legend");
                everyProgramHasItsFiveRows(scene, locale + ", 1280 x 720, presenting");
                robot.interact(projector::close);
            }
        } finally {
            robot.interact(() -> {
                session.presentingProperty().set(false);
                session.setLanguage(Locale.ENGLISH);
            });
        }
    }

    private static void everyProgramHasItsFiveRows(Scene scene, String screen) {
        for (int k = 0; k < 4; k++) {
            assertEquals("", ((Label) scene.lookup("#compare-shown-" + k)).getText(), screen + ", program " + k);
        }
    }

    /** Opens the comparison at the size it takes on a 1024 x 768 screen (92% of it), laid out. */
    private Stage openOnAProjectorOf1024(FxRobot robot) {
        return open(robot, 1024 * 0.92, 768 * 0.92);
    }

    private Stage open(FxRobot robot, double width, double height) {
        robot.interact(() -> CompareWindow.open(main, session));
        Stage compare = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s != main)
                .map(w -> (Stage) w).findFirst().orElseThrow();
        robot.interact(() -> {
            compare.setWidth(width);
            compare.setHeight(height);
        });
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> compare.getScene().getRoot().layout());
            WaitForAsyncUtils.waitForFxEvents();
        }
        return compare;
    }

    /** The comparisons open over the main window, in any language. */
    private List<Stage> compareWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getOwner() == main)
                .map(w -> (Stage) w).toList();
    }

    /**
     * Every key the comparison's keys list (?) names changes there what the list says it does: R takes
     * the comparison back to its start, − slows it, C closes it, and so on. L, T and F5 are the main
     * window's keys too (the comparison used to ignore them). This used to check only that the key was
     * taken, so a key whose action did nothing (R, −) passed.
     */
    @Test
    void everyKeyItListsChangesWhatItIsListedFor(FxRobot robot) {
        java.util.Map<String, KeyCode> named = java.util.Map.ofEntries(java.util.Map.entry("Space", KeyCode.SPACE),
                java.util.Map.entry("←", KeyCode.LEFT), java.util.Map.entry("→", KeyCode.RIGHT),
                java.util.Map.entry("PgUp", KeyCode.PAGE_UP), java.util.Map.entry("PgDn", KeyCode.PAGE_DOWN),
                java.util.Map.entry("Home", KeyCode.HOME), java.util.Map.entry("End", KeyCode.END),
                java.util.Map.entry("+", KeyCode.PLUS), java.util.Map.entry("−", KeyCode.MINUS),
                java.util.Map.entry("Esc", KeyCode.ESCAPE), java.util.Map.entry(".", KeyCode.PERIOD));
        List<String> dead = new java.util.ArrayList<>();
        try {
            for (Shortcuts.Shortcut shortcut : Shortcuts.COMPARE) {
                for (String cap : shortcut.keys()) {
                    Stage compare = open(robot, 1400, 900);
                    String unchanged;
                    if (cap.equals(Shortcuts.MOD + " E")) {
                        unchanged = compare.getScene().getAccelerators().containsKey(ExportAction.SHORTCUT)
                                ? null : "is no accelerator of the window";
                    } else {
                        // Paused at race's end, the second of the four, at 1x: every key has something to change there.
                        robot.interact(() -> {
                            CompareWindow.model(compare).nextEnd();
                            CompareWindow.model(compare).nextEnd();
                        });
                        Object before = changedBy(cap, compare);
                        boolean[] reached = new boolean[1];
                        compare.getScene().getRoot().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED,
                                event -> reached[0] = true);
                        KeyCode code = named.getOrDefault(cap, KeyCode.getKeyCode(cap));
                        if (cap.equals("?")) {
                            robot.interact(() -> compare.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                                    javafx.scene.input.KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, false, false, false, false)));
                        } else if (code != null) {
                            press(robot, compare, code);
                        }
                        Object after = changedBy(cap, compare);
                        unchanged = code == null && !cap.equals("?") ? "is no key"
                                : reached[0] ? "was not taken by the comparison"
                                : before.equals(after) ? "left unchanged: " + after : null;
                    }
                    if (unchanged != null) {
                        dead.add(cap + " (" + shortcut.action() + ") " + unchanged);
                    }
                    robot.interact(() -> {
                        compareWindows().forEach(Stage::close);
                        session.blankedProperty().set(false);
                        session.presentingProperty().set(false);
                        session.setLanguage(Locale.ENGLISH);
                        session.themeProperty().set(dev.golanes.render.Theme.LIGHT);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> compareWindows().forEach(Stage::close));
                }
            }
        } finally {
            robot.interact(() -> {
                session.presentingProperty().set(false);
                session.setLanguage(Locale.ENGLISH);
                session.themeProperty().set(dev.golanes.render.Theme.LIGHT);
            });
        }
        assertEquals(List.of(), dead, "keys the comparison lists that do not do what the list says there");
    }

    /**
     * What a key of the comparison, as its list spells it, is listed to change. L, T and F5 open the
     * comparison again, so theirs are read from the session, which the new one follows.
     */
    private Object changedBy(String key, Stage compare) {
        return switch (key) {
            case "Space" -> "playing " + CompareWindow.model(compare).clock().isPlaying();
            case "R", "←", "→", "PgUp", "PgDn", "Home", "End" -> "time " + CompareWindow.model(compare).clock().time() + " µs";
            case "+", "−" -> "speed " + CompareWindow.model(compare).clock().speedProperty().get();
            case "L" -> "language " + session.texts().locale();
            case "T" -> "theme " + session.themeProperty().get();
            case "F5" -> "presenting " + session.presentingProperty().get();
            case "B", "." -> "blanked " + session.blankedProperty().get();
            case "?", "F1" -> "keys shown " + compare.getScene().lookup("#help").isVisible();
            case "C", "Esc" -> "comparison showing " + compare.isShowing();
            default -> throw new AssertionError("the list has a key " + key + " this test does not know: say what it changes");
        };
    }

    /**
     * L and T in the comparison change the language and theme (of the main window too), and the
     * comparison opens again in them where it was: at the same program's end, paused, at its speed.
     * ? lists its keys, and Esc closes the list before the comparison.
     */
    @Test
    void languageAndThemeKeepItsPlace(FxRobot robot) {
        try {
            Stage compare = open(robot, 1400, 900);
            press(robot, compare, KeyCode.PLUS);
            press(robot, compare, KeyCode.PAGE_DOWN);
            press(robot, compare, KeyCode.PAGE_DOWN);
            long time = CompareWindow.model(compare).clock().time();
            double speed = CompareWindow.model(compare).clock().speedProperty().get();
            assertEquals(2_300_000, time, "at race's end");
            // The form changed since it opened: opened again, it is still the comparison it was.
            robot.interact(() -> session.form().callsProperty().set("7"));
            press(robot, compare, KeyCode.L);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Locale.forLanguageTag("id"), session.texts().locale());
            Stage indonesian = compareWindows().get(0);
            assertEquals(1, compareWindows().size());
            assertFalse(compare.isShowing());
            assertEquals("GoLanes: bandingkan program", indonesian.getTitle());
            assertEquals(5, CompareWindow.model(indonesian).comparison().traces().get(0).scenario().calls(), "5 calls still");
            assertEquals(time, CompareWindow.model(indonesian).clock().time(), "the same moment");
            assertEquals(speed, CompareWindow.model(indonesian).clock().speedProperty().get(), "the same speed");
            assertFalse(CompareWindow.model(indonesian).clock().isPlaying(), "still paused");
            assertEquals(List.of("2s", "2,3s", "2s", "2,3s"), shownTexts(indonesian.getScene(), ".compare-total"),
                    "the rows shown before");
            press(robot, indonesian, KeyCode.T);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(dev.golanes.render.Theme.DARK, session.themeProperty().get());
            Stage dark = compareWindows().get(0);
            assertEquals(time, CompareWindow.model(dark).clock().time(), "the same moment, dark");
            // In the dark colours: it took the main window's timeline's, still light when T reopened it.
            assertEquals(dev.golanes.render.Theme.DARK.palette(), CompareWindow.capture(dark).palette(), "dark timelines");
            robot.interact(() -> dark.getScene().getRoot().fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, false, false, false, false)));
            Node help = dark.getScene().lookup("#help");
            assertTrue(help.isVisible(), "? lists the keys");
            assertTrue(help.lookupAll(".help-key").stream().anyMatch(cap -> ((Label) cap).getText().equals("PgDn")));
            press(robot, dark, KeyCode.ESCAPE);
            assertFalse(help.isVisible(), "Esc closed the list");
            assertTrue(dark.isShowing(), "and not the comparison");
            // The main window's L reopens it too, where it was.
            robot.interact(() -> session.setLanguage(Locale.ENGLISH));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("GoLanes: compare the programs"), compareWindows().stream().map(Stage::getTitle).toList());
            assertEquals(time, CompareWindow.model(compareWindows().get(0)).clock().time(), "the same moment, in English");
        } finally {
            robot.interact(() -> {
                session.form().callsProperty().set("5");
                session.setLanguage(Locale.ENGLISH);
                session.themeProperty().set(dev.golanes.render.Theme.LIGHT);
            });
        }
    }
}
