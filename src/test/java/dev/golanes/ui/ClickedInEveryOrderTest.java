package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportJob;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.ScenarioForm;
import dev.golanes.playback.ScenarioForm.DelayKind;
import dev.golanes.playback.Session;
import dev.golanes.render.TimelineLayout;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.KeyboardRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A class gets the window in every order: a long, seeded sequence of what users do (the keys, the
 * buttons, the fields with good and bad values, language, theme, presentation, the keys overlay,
 * clicks on lanes and console lines, exports), and after each action the window must agree with
 * itself and nothing may have been thrown on the FX thread.
 *
 * <p>Time passes only when the test says so, through the playback model's frame clock, so a run of
 * the test repeats exactly. Exports go through the export model: the platform's save dialog cannot
 * be driven headless.
 */
@ExtendWith(ApplicationExtension.class)
class ClickedInEveryOrderTest {
    /** Chosen among a few for reaching every state below within the sequence; any seed must pass the checks. */
    private static final long SEED = 8;
    private static final int ACTIONS = 300;
    private static final long FRAME_NANOS = 16_666_667;

    /** What a user does, and how often, out of the sum of the weights. */
    private enum Action {
        MODE_KEY(6), MODE_BUTTON(3), RUN_KEY(5), RUN_BUTTON(3), PLAY_PAUSE(6), REPLAY(3), STEP(8), JUMP(4), SPEED(4),
        ZOOM(4), TYPE(16), DELAY_KIND(2), LANGUAGE(3), THEME(3), PRESENT(2), HELP(3), BLANK(1), ESCAPE(6),
        NEW_SEED(3), CLICK_LANE(4), CLICK_CONSOLE(4), SCRUB(3), EXPORT(2), TIME_PASSES(14);

        final int weight;

        Action(int weight) {
            this.weight = weight;
        }
    }

    @TempDir
    Path exports;

    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    /** What the window went through, to show the sequence reached it. */
    private final Set<String> seen = new TreeSet<>();
    /** The runs already checked against the trace's rules, so each is checked once. */
    private final Set<Trace> checked = new HashSet<>();
    private Thread.UncaughtExceptionHandler previousHandler;
    private Session session;
    private Stage stage;
    private long pulse;

    @Start
    void start(Stage window) {
        stage = window;
        // JavaFX hands what an event handler, a listener or a pulse throws to the FX thread's handler.
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        AppWindow app = new AppWindow(window, session, 1280, 720);
        window.show();
        app.focusTimeline();
    }

    @AfterEach
    void restoreTheFxThread(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            Thread.currentThread().setUncaughtExceptionHandler(previousHandler);
        });
    }

    @Test
    void aLongRandomSequenceOfActionsLeavesTheWindowConsistent(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("the handler sees this");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, thrown.size(), "what the FX thread throws is recorded");
        thrown.clear();

        Random random = new Random(SEED);
        Deque<String> recent = new ArrayDeque<>();
        Set<Trace> traces = new HashSet<>();
        Set<Locale> languages = new HashSet<>();
        int exported = 0;
        for (int step = 1; step <= ACTIONS; step++) {
            Action action = pick(random);
            String done = perform(robot, action, random, step);
            exported += action == Action.EXPORT ? 1 : 0;
            recent.addLast(step + ": " + done);
            if (recent.size() > 12) {
                recent.removeFirst();
            }
            // Events, a pulse (which gives new views their skins) and what they queued, then the check.
            WaitForAsyncUtils.waitForFxEvents();
            List<String> problems = WaitForAsyncUtils.asyncFx(this::inconsistencies).get();
            String history = String.join("\n  ", recent);
            assertEquals(List.of(), thrown, "thrown on the FX thread after\n  " + history);
            assertEquals(List.of(), problems, "after\n  " + history);
            traces.add(session.trace());
            languages.add(session.texts().locale());
        }
        assertTrue(traces.size() > 20, "the sequence ran many programs: " + traces.size());
        assertEquals(Set.copyOf(Texts.LANGUAGES), languages);
        assertTrue(exported > 0, "the sequence exported");
        assertEquals(new TreeSet<>(List.of("sequential", "concurrent", "mutex", "race", "add-inside", "missing-done",
                "double-unlock", "light", "dark", "contrast",
                "RANDOM", "FIXED", "LIST", "presenting", "helpShown", "blanked", "valid", "invalid", "playing", "paused",
                "lane selected", "zoomed")), seen, "the states the sequence went through");
    }

    private static Action pick(Random random) {
        int total = 0;
        for (Action a : Action.values()) {
            total += a.weight;
        }
        int r = random.nextInt(total);
        for (Action a : Action.values()) {
            r -= a.weight;
            if (r < 0) {
                return a;
            }
        }
        throw new AssertionError();
    }

    /** The actions that are a key: one of these, at random. */
    private static final Map<Action, List<KeyCode>> KEYS = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.MODE_KEY, List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
                    KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7)),
            Map.entry(Action.RUN_KEY, List.of(KeyCode.ENTER)),
            Map.entry(Action.REPLAY, List.of(KeyCode.R)),
            Map.entry(Action.STEP, List.of(KeyCode.RIGHT, KeyCode.LEFT, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP)),
            Map.entry(Action.JUMP, List.of(KeyCode.END, KeyCode.HOME)),
            Map.entry(Action.SPEED, List.of(KeyCode.EQUALS, KeyCode.ADD, KeyCode.MINUS, KeyCode.SUBTRACT)),
            Map.entry(Action.LANGUAGE, List.of(KeyCode.L)),
            Map.entry(Action.THEME, List.of(KeyCode.T)),
            Map.entry(Action.PRESENT, List.of(KeyCode.F5)),
            Map.entry(Action.BLANK, List.of(KeyCode.B)),
            Map.entry(Action.ESCAPE, List.of(KeyCode.ESCAPE))));

    /** Carries out one action as a user would; returns what was done, for the failure message. */
    private String perform(FxRobot robot, Action action, Random random, int step) throws Exception {
        List<KeyCode> keys = KEYS.get(action);
        if (keys != null) {
            KeyCode key = keys.size() == 1 ? keys.get(0) : keys.get(random.nextInt(keys.size()));
            press(robot, key);
            return "key " + key;
        }
        switch (action) {
            case MODE_BUTTON -> {
                return click(robot, "#mode-" + Mode.values()[random.nextInt(4)].id());
            }
            case RUN_BUTTON -> {
                return click(robot, "#run");
            }
            case PLAY_PAUSE -> {
                if (random.nextBoolean()) {
                    press(robot, KeyCode.SPACE);
                    return "key SPACE";
                }
                return click(robot, "#play");
            }
            case ZOOM -> {
                KeyCode key = List.of(KeyCode.EQUALS, KeyCode.MINUS, KeyCode.DIGIT0).get(random.nextInt(3));
                press(robot, KeyCode.CONTROL, key);
                return "Ctrl+" + key;
            }
            case TYPE -> {
                return type(robot, random);
            }
            case DELAY_KIND -> {
                DelayKind kind = DelayKind.values()[random.nextInt(3)];
                ComboBox<?> box = robot.lookup("#delay-kind").queryAs(ComboBox.class);
                if (!shown(box) || box.isDisabled()) {
                    return "delay kind (hidden, skipped)";
                }
                // Picked as the combo box picks it: its drop-down list is a popup of its own.
                robot.interact(() -> session.form().delayKindProperty().set(kind));
                return "delay kind " + kind;
            }
            case HELP -> {
                if (random.nextBoolean()) {
                    robot.write("?");
                    return "?";
                }
                press(robot, KeyCode.F1);
                return "F1";
            }
            case NEW_SEED -> {
                if (random.nextBoolean()) {
                    press(robot, KeyCode.N);
                    return "N";
                }
                return click(robot, "#new-seed");
            }
            case CLICK_LANE -> {
                return clickLane(robot, random);
            }
            case CLICK_CONSOLE -> {
                return clickConsoleLine(robot, random);
            }
            case SCRUB -> {
                Slider scrubber = robot.lookup("#scrubber").queryAs(Slider.class);
                double to = random.nextDouble() * scrubber.getMax();
                robot.interact(() -> scrubber.setValue(to));
                return "scrub to " + Math.round(to) + " ms";
            }
            case EXPORT -> {
                return export(robot, random, step);
            }
            case TIME_PASSES -> {
                int frames = 1 + random.nextInt(60);
                robot.interact(() -> {
                    for (int i = 0; i < frames; i++) {
                        pulse += FRAME_NANOS;
                        session.playback().tick(pulse);
                    }
                });
                return frames + " frames pass";
            }
            default -> throw new AssertionError(action);
        }
    }

    /** Good values for each field, as a class would type them. */
    private static final Map<String, List<String>> GOOD = Map.of(
            "#calls", List.of("1", "3", "12", "40", " 7 "),
            "#seed", List.of("7", "-3", "123456789", "0"),
            "#hold", List.of("0", "50", "300", "1000"),
            "#delay-value", List.of());
    /** The delay field's good values depend on the kind of delay it holds. */
    private static final Map<DelayKind, List<String>> GOOD_DELAYS = Map.of(
            DelayKind.RANDOM, List.of("1", "500", "2000"),
            DelayKind.FIXED, List.of("0", "700", "2000"),
            DelayKind.LIST, List.of("1200,300,1800", "5,5,5,5", "0", "40,40,10"));
    /** And bad ones: a third of what is typed. */
    private static final Map<String, List<String>> BAD = Map.of(
            "#calls", List.of("0", "abc", "", "10001", "2.5"),
            "#seed", List.of("x", "", "1.5", "99999999999999999999"),
            "#hold", List.of("-1", "60001", ""),
            "#delay-value", List.of("1,,2", "-7", "oops", ""));

    private String type(FxRobot robot, Random random) {
        List<String> fields = List.copyOf(new TreeSet<>(GOOD.keySet()));
        String id = fields.get(random.nextInt(fields.size()));
        boolean good = random.nextInt(3) != 0;
        List<String> values = !good ? BAD.get(id)
                : id.equals("#delay-value") ? GOOD_DELAYS.get(session.form().delayKindProperty().get()) : GOOD.get(id);
        String text = values.get(random.nextInt(values.size()));
        boolean enter = random.nextInt(3) == 0;
        TextField field = robot.lookup(id).queryAs(TextField.class);
        if (!shown(field) || field.isDisabled() || !field.isEditable()) {
            return "type into " + id + " (hidden, disabled or read-only, skipped)";
        }
        clickAt(robot, robot.point(field).query());
        if (!field.isFocused()) {
            return "type into " + id + " (covered, the click went elsewhere)";
        }
        press(robot, KeyCode.CONTROL, KeyCode.A);
        press(robot, KeyCode.BACK_SPACE);
        for (char c : text.toCharArray()) {
            press(robot, keyOf(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, field.getText(), "typed into " + id);
        press(robot, enter ? KeyCode.ENTER : KeyCode.ESCAPE);
        return "type \"" + text + "\" into " + id + (enter ? " and Enter" : " and Esc");
    }

    private String clickLane(FxRobot robot, Random random) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        TimelineLayout layout = timeline.layoutUsed();
        if (layout == null || !shown(timeline)) {
            return "click a lane (no timeline, skipped)";
        }
        int lane = random.nextInt(layout.visibleCalls() + 1);
        int row = lane == 0 ? 0 : layout.firstCall() + lane - 1;
        double y = layout.rowTop(row) + layout.laneHeight() / 2;
        clickAt(robot, timeline.localToScreen(layout.left() + 20 + random.nextInt(200), y));
        return "click lane " + row;
    }

    private String clickConsoleLine(FxRobot robot, Random random) {
        List<ListCell<?>> lines = new ArrayList<>();
        for (Node cell : robot.lookup("#console .list-cell").queryAll()) {
            ListCell<?> line = (ListCell<?>) cell;
            if (line.getItem() != null && shown(line) && line.getHeight() > 0) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return "click a console line (none, skipped)";
        }
        ListCell<?> line = lines.get(random.nextInt(lines.size()));
        String text = String.valueOf(line.getItem());
        clickAt(robot, robot.point(line).query());
        return "click console line \"" + text + "\"";
    }

    /** Ctrl+E without its dialog: capture the window as it stands, then write to the file a user would pick. */
    private String export(FxRobot robot, Random random, int step) throws Exception {
        ExportFormat format = ExportFormat.values()[random.nextInt(ExportFormat.values().length)];
        ExportAction action = (ExportAction) robot.lookup("#export").queryAs(Button.class).getProperties()
                .get(ExportAction.class);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Path file = exports.resolve("step" + step + "." + format.id());
        ExportJob job = WaitForAsyncUtils.asyncFx(() -> action.model().capture(timeline.palette(), 1).orElseThrow()).get();
        robot.interact(() -> action.exportTo(job, file, format));
        assertTrue(Files.size(file) > 0, file + " written");
        String notice = robot.lookup("#export-notice").queryAs(Label.class).getText();
        assertEquals(session.texts().format("export.done", file.getFileName().toString()), notice);
        return "export " + format.id();
    }

    private String click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        if (!shown(node) || node.isDisabled()) {
            return "click " + query + " (hidden or disabled, skipped)";
        }
        clickAt(robot, robot.point(node).query());
        return "click " + query;
    }

    /**
     * A real click through the platform's robot, at a point: the mouse is put there at once rather
     * than dragged across the screen in small steps, which would make the sequence slow. Waits for the
     * click to land, so the caller can see where the focus went.
     */
    private static void clickAt(FxRobot robot, Point2D point) {
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.moveNoWait(point);
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.releaseNoWait(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Presses keys together through the platform's robot, as a keyboard does, and lets them go in the
     * reverse order. The events queue on the FX thread in order, so there is no need to wait for each:
     * the sequence waits for them all before it checks the window.
     */
    private static void press(FxRobot robot, KeyCode... keys) {
        KeyboardRobot keyboard = robot.robotContext().getKeyboardRobot();
        keyboard.pressNoWait(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            keyboard.releaseNoWait(keys[i]);
        }
    }

    /** The key that types a character of the values above on a US keyboard. */
    private static KeyCode keyOf(char c) {
        switch (c) {
            case ',':
                return KeyCode.COMMA;
            case '.':
                return KeyCode.PERIOD;
            case '-':
                return KeyCode.MINUS;
            case ' ':
                return KeyCode.SPACE;
            default:
                return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        }
    }

    /** Whether a node and all its parents are visible in the window. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** What in the window disagrees with the session, read on the FX thread in one go. */
    private List<String> inconsistencies() {
        List<String> problems = new ArrayList<>();
        Scene scene = stage.getScene();
        Trace trace = session.trace();
        PlaybackModel playback = session.playback();
        ScenarioForm form = session.form();
        Texts texts = session.texts();
        long time = playback.time();
        if (time < 0 || time > trace.endMicros()) {
            problems.add("time " + time + " is outside [0, " + trace.endMicros() + "]");
        }
        int printed = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, MarkKind.PRINT) && trace.start(i) <= time) {
                printed++;
            }
        }
        ListView<?> console = (ListView<?>) scene.lookup("#console");
        if (!console.getItems().equals(trace.console().subList(0, printed))) {
            problems.add("the console shows " + console.getItems().size() + " lines, " + printed + " were printed by "
                    + time + " µs");
        }
        Mode mode = form.modeProperty().get();
        if (trace.scenario().mode() != mode) {
            problems.add("the run on screen is " + trace.scenario().mode() + " but the form says " + mode);
        }
        for (Mode each : Mode.values()) {
            if (each.isPitfall()) {
                continue;
            }
            ToggleButton button = (ToggleButton) scene.lookup("#mode-" + each.id());
            if (button.isSelected() != (each == mode)) {
                problems.add("the " + each.id() + " button is " + (button.isSelected() ? "" : "not ") + "selected in "
                        + mode);
            }
        }
        MenuButton pitfalls = (MenuButton) scene.lookup("#mode-pitfalls");
        String pitfallsText = texts.format(mode.isPitfall() ? "mode.short." + mode.id() : "mode.pitfalls");
        if (!pitfalls.getText().equals(pitfallsText)) {
            problems.add("the pitfalls button reads \"" + pitfalls.getText() + "\" in " + mode);
        }
        Button run = (Button) scene.lookup("#run");
        if (run.isDisabled() == form.validProperty().get()) {
            problems.add("Run is " + (run.isDisabled() ? "disabled" : "enabled") + " with the form "
                    + (form.validProperty().get() ? "valid" : "invalid"));
        }
        if (!run.getText().equals(texts.format("action.run"))) {
            problems.add("Run reads \"" + run.getText() + "\" in " + texts.locale());
        }
        String play = texts.format(playback.isPlaying() ? "action.pause" : "action.play");
        if (!((Button) scene.lookup("#play")).getText().equals(play)) {
            problems.add("the play button does not read \"" + play + "\"");
        }
        for (Map.Entry<String, Field> error : Map.of("#calls-error", Field.CALLS, "#seed-error", Field.SEED,
                "#hold-error", Field.HOLD).entrySet()) {
            checkError(problems, scene, error.getKey(), form, error.getValue());
        }
        checkError(problems, scene, "#delay-error", form, ScenarioForm.delayField(form.delayKindProperty().get()));
        if (scene.lookup("#help").isVisible() != session.helpShownProperty().get()) {
            problems.add("the keys overlay shows while helpShown is " + session.helpShownProperty().get());
        }
        if (scene.lookup("#blank").isVisible() != session.blankedProperty().get()) {
            problems.add("the blank screen shows while blanked is " + session.blankedProperty().get());
        }
        if (shown(scene.lookup("#calls")) == session.presentingProperty().get()) {
            problems.add("the settings show while presenting is " + session.presentingProperty().get());
        }
        if (!scene.getStylesheets().get(1).endsWith(session.themeProperty().get().stylesheet())) {
            problems.add("the stylesheet " + scene.getStylesheets().get(1) + " is not " + session.themeProperty().get());
        }
        int lane = session.selectedLaneProperty().get();
        if (lane < -1 || lane >= trace.laneCount()) {
            problems.add("lane " + lane + " is selected in a run of " + trace.laneCount() + " lanes");
        }
        seen.add(mode.id());
        seen.add(session.themeProperty().get().id());
        seen.add(form.delayKindProperty().get().name());
        for (var flag : List.of(session.presentingProperty(), session.helpShownProperty(), session.blankedProperty())) {
            if (flag.get()) {
                seen.add(flag.getName());
            }
        }
        seen.add(form.validProperty().get() ? "valid" : "invalid");
        seen.add(playback.isPlaying() ? "playing" : "paused");
        if (lane >= 0) {
            seen.add("lane selected");
        }
        if (session.viewport().isZoomed()) {
            seen.add("zoomed");
        }
        if (!checked.contains(trace)) {
            problems.addAll(TraceChecks.check(trace, 0));
            checked.add(trace);
        }
        return problems;
    }

    private static void checkError(List<String> problems, Scene scene, String id, ScenarioForm form, Field field) {
        Label error = (Label) scene.lookup(id);
        String message = form.messageOf(field).get();
        if (error.isVisible() == message.isEmpty() || !error.getText().equals(message)) {
            problems.add(id + " shows \"" + error.getText() + "\" (visible " + error.isVisible() + ") for \"" + message
                    + "\"");
        }
    }
}
