package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.ScenarioForm;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Trace;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: the keys, the buttons and the fields, as a teacher would. */
@ExtendWith(ApplicationExtension.class)
class WindowTest {
    private Session session;

    @Start
    void start(Stage stage) {
        session = new Session(Scenario.defaults(Mode.SEQUENTIAL, 42), Locale.ENGLISH);
        Scene scene = new Scene(Views.load(session), 1280, 720);
        Themes.apply(scene);
        Keys.install(scene, session);
        new PlaybackClock(session.playback()).attach();
        stage.setScene(scene);
        stage.show();
        scene.lookup("#timeline").requestFocus();
    }

    /**
     * The timeline is drawn, so a screen reader had nothing to read on it: it reads what an exported
     * picture of the moment says, the title and the state midway, the rule of the total at the end.
     */
    @Test
    void aScreenReaderReadsTheTimelineAsItsPictureSaysIt(FxRobot robot) throws Exception {
        Node timeline = robot.lookup("#timeline").query();
        robot.interact(() -> {
            session.selectMode(Mode.MUTEX);
            session.playback().seek(2_500_000);
        });
        String midway = (String) WaitForAsyncUtils.asyncFx(() -> timeline.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get();
        assertTrue(midway.contains("Mutex: 5 calls, 2000 ms each") && midway.contains("At 2500 ms: id1 holds the lock; id5, id4, id2 wait for it"),
                midway);
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        String end = (String) WaitForAsyncUtils.asyncFx(() -> timeline.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get();
        assertTrue(end.contains("Total 3.5s = the last m.Unlock(), by id2") && end.contains("results [id3 id1 id5 id4 id2]"), end);
        robot.interact(() -> session.setLanguage(Locale.forLanguageTag("id")));
        String indonesian = (String) WaitForAsyncUtils.asyncFx(() -> timeline.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get();
        assertTrue(indonesian.contains("m.Unlock() terakhir, oleh id2"), indonesian);
        robot.interact(() -> {
            session.setLanguage(Locale.ENGLISH);
            session.selectMode(Mode.SEQUENTIAL);
        });
    }

    /**
     * Race calls the hold time the read-write gap, in words of another width: the fields after it stay
     * where they are when the mode changes, in both languages.
     */
    @Test
    void theFieldsStayPutWhenTheHoldTimeIsRenamed(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            robot.interact(() -> {
                session.setLanguage(locale);
                session.selectMode(Mode.MUTEX);
            });
            robot.interact(() -> robot.lookup("#seed").query().getScene().getRoot().layout());
            javafx.geometry.Bounds mutex = robot.lookup("#seed").query().localToScene(robot.lookup("#seed").query().getLayoutBounds());
            List<List<Double>> widths = new java.util.ArrayList<>();
            widths.add(List.of(robot.lookup("#hold-label").queryAs(Label.class).getWidth(), robot.lookup("#hold-unit").queryAs(Label.class).getWidth()));
            robot.interact(() -> session.selectMode(Mode.RACE));
            robot.interact(() -> robot.lookup("#seed").query().getScene().getRoot().layout());
            widths.add(List.of(robot.lookup("#hold-label").queryAs(Label.class).getWidth(), robot.lookup("#hold-unit").queryAs(Label.class).getWidth()));
            javafx.geometry.Bounds race = robot.lookup("#seed").query().localToScene(robot.lookup("#seed").query().getLayoutBounds());
            assertEquals(mutex.getMinX(), race.getMinX(), 0.5, locale + ": the seed field's x, mutex then race");
            assertEquals(mutex.getMinY(), race.getMinY(), 0.5, locale + ": the seed field's y, mutex then race");
            assertEquals(widths.get(0), widths.get(1), locale + ": the hold time's label and unit, mutex then race");
        }
        robot.interact(() -> session.setLanguage(Locale.ENGLISH));
    }

    /** The pitfalls button names the pitfall chosen; Compare beside it stays where it is, whichever it is. */
    @Test
    void compareStaysPutWhicheverPitfallIsChosen(FxRobot robot) {
        List<Double> places = new java.util.ArrayList<>();
        for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.ADD_INSIDE, Mode.MISSING_DONE, Mode.DOUBLE_UNLOCK)) {
            robot.interact(() -> session.selectMode(mode));
            robot.interact(() -> robot.lookup("#compare").query().getScene().getRoot().layout());
            javafx.scene.Node compare = robot.lookup("#compare").query();
            places.add(compare.localToScene(compare.getLayoutBounds()).getMinX());
        }
        assertEquals(1, places.stream().distinct().count(), "Compare's x for no pitfall and each pitfall: " + places);
    }

    /** The speed box and the playback speed stay one, also after the garbage collector has run. */
    @Test
    @SuppressWarnings("unchecked")
    void theSpeedBoxFollowsTheSpeedAfterACollection(FxRobot robot) throws InterruptedException {
        collectGarbage();
        ComboBox<Double> box = robot.lookup("#speed").queryAs(ComboBox.class);
        robot.interact(() -> session.playback().faster());
        assertEquals(session.playback().speedProperty().get(), box.getValue(), "the box after a faster speed");
        robot.interact(() -> box.setValue(0.5));
        assertEquals(0.5, session.playback().speedProperty().get(), "the speed after choosing 0.5x in the box");
    }

    /** Runs the collector until an object nothing holds is gone, so a weakly held binding would be too. */
    private static void collectGarbage() throws InterruptedException {
        WeakReference<Object> sentinel = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && sentinel.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(sentinel.get() == null, "the collector did not run");
    }

    @Test
    void keysOneTwoThreeSwitchTheProgram(FxRobot robot) {
        robot.type(KeyCode.DIGIT2);
        assertTrue(robot.lookup("#mode-concurrent").queryAs(ToggleButton.class).isSelected());
        assertEquals(Mode.CONCURRENT, session.trace().scenario().mode());
        assertTrue(robot.lookup("#explanation").queryAs(Label.class).getText().contains("wg.Wait()"));
        robot.type(KeyCode.DIGIT3);
        assertTrue(robot.lookup("#mode-mutex").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("#mode-sequential");
        assertEquals(Mode.SEQUENTIAL, session.trace().scenario().mode());
    }

    @Test
    void everyModeRunsToTheEndWithConsoleResultsAndTotal(FxRobot robot) {
        for (Mode mode : Mode.values()) {
            if (mode.isPitfall()) {
                continue;
            }
            robot.clickOn("#mode-" + mode.id());
            robot.interact(() -> session.playback().speedProperty().set(PlaybackModel.MAX_SPEED));
            robot.clickOn("#run");
            WaitForAsyncUtils.waitForFxEvents();
            waitUntilFinished();
            Trace trace = session.trace();
            assertEquals(mode, trace.scenario().mode());
            assertEquals(trace.console(), robot.lookup("#console").queryListView().getItems());
            String total = GoDuration.ofMicros(trace.endMicros());
            assertTrue(trace.console().contains("Total execution time: " + total));
            assertEquals(total, robot.lookup("#clock").queryAs(Label.class).getText());
            if (mode.collectsResults()) {
                String results = robot.lookup("#results").queryAs(Label.class).getText();
                assertEquals(trace.console().get(trace.console().size() - 1), results);
                assertTrue(isShown(robot.lookup("#results").query()));
            } else {
                assertFalse(isShown(robot.lookup("#results").query()));
            }
        }
    }

    @Test
    void thePitfallsEndAsGoEndsThemWithItsErrorsInTheConsole(FxRobot robot) {
        robot.type(KeyCode.DIGIT6);
        assertEquals(Mode.MISSING_DONE, session.trace().scenario().mode());
        assertFalse(robot.lookup("#mode-concurrent").queryAs(ToggleButton.class).isSelected());
        assertEquals("No Done", robot.lookup("#mode-pitfalls").queryAs(javafx.scene.control.MenuButton.class).getText());
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        List<String> console = robot.lookup("#console").queryListView().getItems().stream().map(String::valueOf).toList();
        assertEquals("fatal error: all goroutines are asleep - deadlock!", console.get(5));
        assertEquals("5", robot.lookup("#wg-counter").queryAs(Label.class).getText(), "the counter never came down");
        assertEquals("Stopped by Go: exit status 2", robot.lookup("#status").queryAs(Label.class).getText());

        robot.type(KeyCode.DIGIT7);
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        assertTrue(session.trace().console().contains("fatal error: sync: unlock of unlocked mutex"));
        // The bug is an Unlock with no Lock before it, not an Unlock twice: the button names it so.
        assertEquals("No Lock", robot.lookup("#mode-pitfalls").queryAs(javafx.scene.control.MenuButton.class).getText());

        robot.type(KeyCode.DIGIT5);
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        assertEquals(List.of("", "Total execution time: 5µs"), session.trace().console(),
                "with seed 42 main passes wg.Wait() before any wg.Add(1): the total is a lie");
        robot.type(KeyCode.DIGIT2);
        assertTrue(robot.lookup("#mode-concurrent").queryAs(ToggleButton.class).isSelected());
        assertEquals("Pitfalls", robot.lookup("#mode-pitfalls").queryAs(javafx.scene.control.MenuButton.class).getText());
    }

    @Test
    void consoleGrowsWhilePlayingAndCountsUp(FxRobot robot) {
        robot.type(KeyCode.DIGIT3);
        robot.interact(() -> session.playback().seek(2_000_000));
        ListView<?> console = robot.lookup("#console").queryListView();
        assertEquals(5, console.getItems().size(), "all five goroutines print when their 2 s sleep ends");
        assertEquals("2000 ms", robot.lookup("#clock").queryAs(Label.class).getText());
        assertEquals("5", robot.lookup("#wg-counter").queryAs(Label.class).getText());
        robot.interact(() -> session.playback().seek(2_100_000));
        assertTrue(robot.lookup("#lock-holder").queryAs(Label.class).getText().matches("id[1-5]"));
        assertEquals(4, robot.lookup("#lock-queue").queryAs(Label.class).getText().split(", ").length);
    }

    @Test
    void aBadValueIsExplainedNextToItsFieldAndBlocksRun(FxRobot robot) {
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        robot.doubleClickOn(calls).eraseText(3).write("abc");
        Label error = robot.lookup("#calls-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Calls must be a whole number from 1 to 10,000 (got \"abc\")", error.getText());
        assertTrue(robot.lookup("#run").queryAs(Button.class).isDisabled());
        Trace before = session.trace();
        robot.type(KeyCode.ENTER);
        assertEquals(before, session.trace(), "a refused scenario never replaces the run on screen");
        robot.doubleClickOn(calls).eraseText(3).write("7");
        assertFalse(error.isVisible());
        assertFalse(robot.lookup("#run").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        assertEquals(7, session.trace().scenario().calls());
    }

    /**
     * A scenario typed in a field, then run with a click on Run: the field is left, and the next keys
     * work the run (2 went on typing into Calls, 50 becoming 502, instead of choosing Concurrent). A
     * click on another button, or on the timeline, leaves it too. Enter keeps the field: see the test after.
     */
    @Test
    void aClickOnAButtonLeavesTheFieldSoTheKeysWorkTheRun(FxRobot robot) {
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        robot.doubleClickOn(calls).eraseText(3).write("50");
        robot.clickOn("#run");
        robot.type(KeyCode.DIGIT2);
        assertEquals("50", calls.getText(), "Run clicked");
        assertEquals(Mode.CONCURRENT, session.form().modeProperty().get(), "Run clicked");
        robot.doubleClickOn(calls).eraseText(3).write("8");
        robot.clickOn("#replay");
        robot.type(KeyCode.DIGIT3);
        assertEquals("8", calls.getText(), "Replay clicked");
        assertEquals(Mode.MUTEX, session.form().modeProperty().get(), "Replay clicked");
        // A click on the timeline too: then 4 is Race.
        robot.doubleClickOn(calls).eraseText(3).write("6");
        robot.clickOn("#timeline");
        robot.type(KeyCode.DIGIT4);
        assertEquals("6", calls.getText(), "the timeline clicked");
        assertEquals(Mode.RACE, session.form().modeProperty().get(), "the timeline clicked");
    }

    /** Real threads' tooltip, three sentences, wraps at a width a 1280-wide screen holds (it ran off it on one line). */
    @Test
    void realThreadsTooltipWraps(FxRobot robot) {
        Tooltip tip = robot.lookup("#engine-real").queryAs(ToggleButton.class).getTooltip();
        assertTrue(tip.getText().length() > 200, tip.getText());
        assertTrue(tip.isWrapText() && tip.getPrefWidth() > 0 && tip.getPrefWidth() <= 640, "wraps at " + tip.getPrefWidth());
    }

    /** Hovering a bar describes it; scrolling the lanes moves it away, and the description goes with it. */
    @Test
    void scrollingTheLanesHidesTheDescriptionOfWhatWasUnderThePointer(FxRobot robot) {
        robot.interact(() -> {
            session.form().callsProperty().set("100");
            session.run();
            session.playback().seek(Long.MAX_VALUE);
        });
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Bounds box = timeline.localToScreen(timeline.getLayoutBounds());
        robot.moveTo(new Point2D(box.getMinX() + box.getWidth() * 0.3, box.getMinY() + box.getHeight() * 0.5));
        robot.moveBy(2, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tipShowing(), "hovering a bar describes it");
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tipShowing(), "after scrolling the lanes");
    }

    private static boolean tipShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Tooltip tip
                && tip.isShowing() && tip.getStyleClass().contains("timeline-tip"));
    }

    /** Esc in a wrong field puts back the settings of the run on screen, and the message goes. */
    @Test
    void escapeInAWrongFieldPutsBackTheRunsSettings(FxRobot robot) {
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        robot.doubleClickOn(calls).eraseText(3).write("abc");
        assertTrue(robot.lookup("#calls-error").queryAs(Label.class).isVisible());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Integer.toString(session.trace().scenario().calls()), calls.getText());
        assertFalse(robot.lookup("#calls-error").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#run").queryAs(Button.class).isDisabled());
        // A right value typed but not run yet stays: Esc only leaves the field.
        robot.doubleClickOn(calls).eraseText(3).write("7");
        robot.type(KeyCode.ESCAPE);
        assertEquals("7", calls.getText());
    }

    @Test
    void digitsTypedIntoAFieldDoNotSwitchTheProgram(FxRobot robot) {
        robot.doubleClickOn("#seed").eraseText(2).write("123");
        assertEquals(Mode.SEQUENTIAL, session.form().modeProperty().get());
        assertEquals("123", robot.lookup("#seed").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE).type(KeyCode.DIGIT2);
        assertEquals(Mode.CONCURRENT, session.form().modeProperty().get());
    }

    @Test
    void spacePlaysAndPausesAndRReplays(FxRobot robot) {
        robot.type(KeyCode.SPACE);
        assertTrue(session.playback().isPlaying());
        assertEquals("Pause", robot.lookup("#play").queryAs(Button.class).getText());
        robot.type(KeyCode.SPACE);
        assertFalse(session.playback().isPlaying());
        robot.interact(() -> session.playback().seek(Long.MAX_VALUE));
        robot.type(KeyCode.R);
        assertTrue(session.playback().isPlaying());
        assertTrue(session.playback().time() < session.trace().endMicros());
    }

    /**
     * Enter in a field runs; then Space pauses, as the status bar says, and types nothing into the
     * number; digits typed next still go into the field (they do not switch the program).
     */
    @Test
    void afterEnterInAFieldSpacePausesTheRunAndDigitsStillType(FxRobot robot) {
        robot.clickOn("#mode-mutex");
        robot.doubleClickOn("#calls").eraseText(3).write("8").type(KeyCode.ENTER);
        assertEquals(8, session.trace().scenario().calls());
        assertTrue(session.playback().isPlaying());
        robot.type(KeyCode.SPACE);
        assertFalse(session.playback().isPlaying(), "Space paused the run");
        assertEquals("8", robot.lookup("#calls").queryAs(TextField.class).getText());
        robot.type(KeyCode.DIGIT1);
        assertEquals("81", robot.lookup("#calls").queryAs(TextField.class).getText());
        assertEquals(Mode.MUTEX, session.form().modeProperty().get(), "a digit typed into the field is not a program key");
    }

    /**
     * A wrong field's tooltip (what the field is for) waits while its message shows: the pointer, still
     * on the field after typing, had it cover the message. The delay field answers only to the kind of
     * delay it shows.
     */
    @Test
    void aWrongFieldsTooltipWaitsWhileItsMessageShows(FxRobot robot) {
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        String tip = calls.getTooltip().getText();
        robot.interact(() -> session.form().callsProperty().set("abc"));
        assertEquals(null, calls.getTooltip(), "the message, not the tooltip");
        robot.interact(() -> session.form().callsProperty().set("7"));
        assertEquals(tip, calls.getTooltip().getText());
        TextField delays = robot.lookup("#delay-value").queryAs(TextField.class);
        robot.interact(() -> session.form().delayKindProperty().set(ScenarioForm.DelayKind.LIST));
        robot.interact(() -> session.form().delaysProperty().set("1200,x"));
        assertEquals(null, delays.getTooltip(), "a wrong list");
        assertTrue(delays.getPseudoClassStates().contains(Styles.INVALID));
        robot.interact(() -> session.form().delayKindProperty().set(ScenarioForm.DelayKind.RANDOM));
        assertTrue(delays.getTooltip() != null, "a right random delay has its tooltip");
        assertFalse(delays.getPseudoClassStates().contains(Styles.INVALID));
        robot.interact(() -> session.form().delaysProperty().set("1200,y"));
        assertTrue(delays.getTooltip() != null, "the list, not shown, is wrong again: the random delay is still right");
        assertFalse(delays.getPseudoClassStates().contains(Styles.INVALID), "the list, not shown, marked the field");
        robot.interact(() -> session.form().delaysProperty().set("1200,300"));
    }

    /** Real threads bring a Stop button; Run stays where it was, under the pointer that was going to click it. */
    @Test
    void runStaysPutWhenStopAppears(FxRobot robot) {
        Button run = robot.lookup("#run").queryAs(Button.class);
        double before = run.localToScene(run.getLayoutBounds()).getMinX();
        robot.interact(() -> session.selectEngine(dev.golanes.engine.EngineKind.REAL));
        try {
            robot.interact(() -> run.getScene().getRoot().layout());
            assertTrue(robot.lookup("#stop").queryAs(Button.class).isVisible());
            assertEquals(before, run.localToScene(run.getLayoutBounds()).getMinX(), 0.5);
        } finally {
            robot.interact(() -> session.selectEngine(dev.golanes.engine.EngineKind.SIM));
        }
    }

    /**
     * One delay per call: the greyed Calls field shows how many the list has, and its tooltip says why;
     * the typed number comes back after.
     */
    @Test
    void aDelayListShowsItsCountInTheCallsField(FxRobot robot) {
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        robot.interact(() -> session.form().callsProperty().set("7"));
        robot.interact(() -> session.form().delayKindProperty().set(ScenarioForm.DelayKind.LIST));
        robot.interact(() -> session.form().delaysProperty().set("1200,300"));
        assertEquals("2", calls.getText());
        assertFalse(calls.isEditable(), "set by the list");
        assertTrue(calls.getTooltip().getText().startsWith("With one delay per call, the list sets the calls"),
                "greyed, it says why: " + calls.getTooltip().getText());
        robot.interact(() -> session.form().delaysProperty().set("1200,300,x"));
        assertEquals("3", calls.getText(), "a wrong entry still counts (the field went blank)");
        robot.interact(() -> session.form().delaysProperty().set("1200,300"));
        TextField delays = robot.lookup("#delay-value").queryAs(TextField.class);
        assertFalse(delays.getStyleClass().contains(Keys.NUMBER_FIELD), "a list takes spaces after its commas");
        robot.interact(() -> session.form().delayKindProperty().set(ScenarioForm.DelayKind.RANDOM));
        assertEquals("7", calls.getText());
        assertTrue(calls.getTooltip().getText().startsWith("How many dbCall calls"), calls.getTooltip().getText());
        assertTrue(delays.getStyleClass().contains(Keys.NUMBER_FIELD), "one delay is a number: Space plays there");
        assertEquals("7", session.form().callsProperty().get());
    }

    /**
     * The README's list, typed key by key while the choice says random: the choice turns to one delay per
     * call by itself, every key lands in the list, the Calls field counts it, and Enter runs it.
     */
    @Test
    void aListTypedWhileRandomIsChosenRunsAsTheList(FxRobot robot) {
        ComboBox<?> kind = robot.lookup("#delay-kind").queryAs(ComboBox.class);
        TextField delays = robot.lookup("#delay-value").queryAs(TextField.class);
        assertEquals(ScenarioForm.DelayKind.RANDOM, kind.getValue());
        robot.doubleClickOn("#delay-value").eraseText(4).write("1200,300,1800");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ScenarioForm.DelayKind.LIST, kind.getValue());
        assertEquals("1200,300,1800", delays.getText());
        assertEquals("3", robot.lookup("#calls").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#delay-error").queryAs(Label.class).isVisible());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new dev.golanes.scenario.DelaySpec.Listed(List.of(1200L, 300L, 1800L)), session.trace().scenario().delays());
    }

    /**
     * Pasted lines (a column of a spreadsheet, a list from a slide) went into the fields with their line
     * breaks dropped: "1⏎2" ran 12 calls and "200⏎300" a delay of 200300 ms, with no message. A line
     * break pasted is a comma, so a pasted column is a list and anything else gets its message.
     */
    @Test
    void pastedLinesAreNotJoinedIntoOneNumber(FxRobot robot) {
        TextField delays = robot.lookup("#delay-value").queryAs(TextField.class);
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        paste(robot, delays, "1200\r\n300\n1800\n");
        assertEquals("1200,300,1800", delays.getText());
        assertEquals(ScenarioForm.DelayKind.LIST, session.form().delayKindProperty().get());
        robot.interact(() -> session.form().delayKindProperty().set(ScenarioForm.DelayKind.RANDOM));
        paste(robot, calls, "1\n2");
        assertEquals("1,2", calls.getText());
        assertTrue(robot.lookup("#calls-error").queryAs(Label.class).isVisible(), "the Calls field's message");
        paste(robot, delays, "200\n300");
        assertEquals("200,300", delays.getText());
        assertTrue(robot.lookup("#delay-error").queryAs(Label.class).isVisible(), "the Delays field's message");
        // A blank cell is an empty entry, which the list's message names; a break after a comma adds none.
        paste(robot, delays, " 1200,\n300\n\n1800 \n ");
        assertEquals("1200,300,,1800", delays.getText());
        // A value set, not pasted, has its caret at 0: the caret goes after it, not before the field's start.
        robot.interact(() -> calls.setText("7\n"));
        assertEquals("7", calls.getText());
    }

    /** What paste() does with the clipboard's text, over all the field holds. */
    private static void paste(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.selectAll();
            field.replaceSelection(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The list chosen with the keyboard in the open drop-down (Down, Down, Enter from "Random, under")
     * takes the list typed for Random: the form saw "Same for every call" on the way, and the list typed
     * was lost for the delays of every call.
     */
    @Test
    void aListChosenWithTheKeyboardTakesTheListTyped(FxRobot robot) {
        ComboBox<?> kind = robot.lookup("#delay-kind").queryAs(ComboBox.class);
        robot.doubleClickOn("#delay-value").eraseText(4).write("1200,300");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ScenarioForm.DelayKind.RANDOM, kind.getValue(), "one comma: the choice stays");
        robot.clickOn("#delay-kind");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ScenarioForm.DelayKind.LIST, session.form().delayKindProperty().get());
        assertEquals("1200,300", session.form().delaysProperty().get());
    }

    /**
     * Enter runs from a field and stays there, to run another value; the next letter of the lesson
     * typed into it instead: Seed 7, Enter, then C and R gave "7cr" in red, no comparison and no replay.
     * While the field holds what was run, those letters leave it and act; typed after a change, they
     * are typed (and the field says what is wrong).
     */
    @Test
    void theLessonsLettersLeaveAFieldThatHoldsWhatWasRun(FxRobot robot) {
        TextField seed = robot.lookup("#seed").queryAs(TextField.class);
        robot.doubleClickOn(seed).eraseText(4).write("7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, session.trace().scenario().seed());
        assertTrue(seed.isFocused(), "Enter stays in the field");
        dev.golanes.render.Theme theme = session.themeProperty().get();
        try {
            robot.type(KeyCode.T);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("7", seed.getText());
            assertFalse(seed.isFocused(), "T left the field");
            assertTrue(session.themeProperty().get() != theme, "T changed the theme");
            robot.clickOn(seed).type(KeyCode.END).write("8");
            robot.type(KeyCode.T);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("78t", seed.getText(), "typed after a change, a letter is typed");
            assertTrue(seed.isFocused());
        } finally {
            robot.interact(() -> {
                session.themeProperty().set(theme);
                session.form().seedProperty().set("42");
                session.run();
                session.playback().pause();
            });
        }
    }

    /**
     * Down on the closed drop-down (Tab there, as a teacher with a keyboard does) opens it, as a click
     * does. Down stepped through the closed box, and on its way to the list it chose "Same for every
     * call": the list then filled with 2000,2000,2000,2000,2000 where the open list gave the delays the
     * calls had.
     */
    @Test
    void downOnTheClosedDropDownOpensIt(FxRobot robot) {
        ComboBox<?> kind = robot.lookup("#delay-kind").queryAs(ComboBox.class);
        robot.clickOn("#calls").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kind.isFocused(), "Tab from Calls goes to the delays' choice");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kind.isShowing(), "Down opened the list");
        assertEquals(ScenarioForm.DelayKind.RANDOM, session.form().delayKindProperty().get(), "nothing chosen yet");
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ScenarioForm.DelayKind.LIST, session.form().delayKindProperty().get());
        dev.golanes.engine.Draws draws = dev.golanes.engine.Draws.of(session.trace().scenario());
        String had = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(lane -> Long.toString(draws.delayMicros(lane) / 1_000))
                .collect(java.util.stream.Collectors.joining(","));
        assertEquals(had, session.form().delaysProperty().get(), "the delays the calls had");
    }

    /**
     * Tab from the last field goes to the timeline, which takes the keys: it showed no mark, and the
     * screen was the same as before the Tab. Reached so, it has a ring; clicked, or at the start,
     * it has none (a screenshot for a slide has no ring in it).
     */
    @Test
    void theTimelineReachedWithTabShowsItHasTheKeys(FxRobot robot) {
        Node ring = robot.lookup(".timeline-focus").query();
        Node timeline = robot.lookup(".timeline").query();
        // As the app starts: the timeline given the keys, not by Tab.
        robot.interact(timeline::requestFocus);
        assertTrue(timeline.isFocused());
        assertFalse(ring.isVisible(), "at the start");
        robot.clickOn("#seed");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.isFocused(), "Tab from the seed goes to the timeline");
        assertTrue(ring.isVisible(), "reached with Tab");
        javafx.geometry.Bounds around = ring.localToScene(ring.getLayoutBounds());
        javafx.geometry.Bounds lanes = timeline.localToScene(timeline.getLayoutBounds());
        assertEquals(lanes, around, "the ring goes round the timeline");
        robot.clickOn(timeline);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.isFocused());
        assertFalse(ring.isVisible(), "clicked");
    }

    /**
     * The Calls field, greyed while a delay list sets the calls, takes the keys typed there: disabled, it
     * let "1" choose Sequential and Enter run it. Read-only, it keeps its number and the program stays.
     */
    @Test
    void keysTypedIntoAGreyedFieldStayThere(FxRobot robot) {
        robot.interact(() -> {
            session.selectMode(Mode.MUTEX);
            session.form().delayKindProperty().set(ScenarioForm.DelayKind.LIST);
            session.form().delaysProperty().set("1200,300");
        });
        TextField calls = robot.lookup("#calls").queryAs(TextField.class);
        // As after a click on the lanes: the keys are the window's until a field takes them.
        robot.interact(() -> calls.getScene().getRoot().requestFocus());
        robot.clickOn(calls).type(KeyCode.DIGIT1, KeyCode.DIGIT7);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Mode.MUTEX, session.form().modeProperty().get(), "the program");
        assertEquals("2", calls.getText());
        assertTrue(calls.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("locked")), "greyed");
    }

    /** Tab goes past a greyed field, as past a disabled one: in Sequential it landed in Hold lock and selected its 300. */
    @Test
    void tabGoesPastAGreyedField(FxRobot robot) {
        robot.interact(() -> session.selectMode(Mode.SEQUENTIAL));
        robot.clickOn("#delay-value").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#seed").queryAs(TextField.class).isFocused(), "the seed, after the delay, past Hold lock");
    }

    /** Calls typed and left with Tab: the status bar says the run on screen waits for Run to take them. */
    @Test
    void settingsTypedAndNotRunAreSaidToWaitForRun(FxRobot robot) {
        robot.doubleClickOn("#calls").eraseText(3).write("3").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Settings changed: Run (Enter) shows them", robot.lookup("#status").queryAs(Label.class).getText());
        robot.clickOn("#run");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, session.trace().scenario().calls());
        assertFalse(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Settings changed"));
    }

    /**
     * Run, pause, then a new number of calls typed: the status bar kept "Paused at 692 ms", with 9 in
     * Calls and the run of 5 on screen, and after Esc and 2 Concurrent ran 9 calls unannounced. The
     * settings typed after a run say they wait for Run, as before it.
     */
    @Test
    void settingsTypedAfterARunAreSaidToWaitForRun(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        robot.sleep(300);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.TAB);
        robot.write("9");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.playback().time() > 0 && !session.playback().isPlaying(), "paused midway");
        assertEquals(5, session.trace().scenario().calls());
        assertEquals("Settings changed: Run (Enter) shows them", robot.lookup("#status").queryAs(Label.class).getText());
        robot.write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Settings changed: Run (Enter) shows them", robot.lookup("#status").queryAs(Label.class).getText(), "90 calls");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(90, session.trace().scenario().calls());
        assertFalse(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Settings changed"));
    }

    @Test
    void manyCallsShrinkTheLanesAndScroll(FxRobot robot) {
        robot.doubleClickOn("#calls").eraseText(3).write("1000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertTrue(timeline.layoutUsed().scrolls());
        assertTrue(timeline.layoutUsed().rowsBottom() <= timeline.getHeight());
        // A desktop wheel turned towards the user gives a negative deltaY. The headless robot reports
        // the wheel with the opposite sign, so the event is fired as a real mouse sends it.
        robot.interact(() -> timeline.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 300, 300, 300, 300,
                false, false, false, false, false, false, 0, -120, 0, -120,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertTrue(timeline.layoutUsed().firstCall() > 1, "the wheel scrolls the lanes");
    }

    private void waitUntilFinished() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> session.playback().moment() != null && session.playback().moment().finished());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the run did not finish: at " + session.playback().time() + " µs", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node and all its parents are visible. */
    private static boolean isShown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
