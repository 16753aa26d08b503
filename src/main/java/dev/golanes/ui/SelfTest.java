package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.Session;
import dev.golanes.render.Theme;
import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * {@code golanes --self-test}: in the real window, replays a run after presentation mode and checks
 * the console on screen; chooses every mode, runs it at top speed to the end and checks what the
 * console shows; then runs every mode once more on real threads, live, and checks its trace too. Exits with status 0, or 1 at the first problem (an exception anywhere, a
 * wrong console, a real trace that breaks the rules, or runs that do not finish within a minute).
 */
final class SelfTest {
    private static final Duration TIME_LIMIT = Duration.minutes(1);

    private final Session session;
    private final Deque<Mode> modes = new ArrayDeque<>(Arrays.asList(Mode.values()));
    private final Deque<Mode> realModes = new ArrayDeque<>(Arrays.asList(Mode.values()));
    /** Short and uneven, so a real run of every mode takes about a second and the mutex is contended. */
    private static final DelaySpec REAL_DELAYS = new DelaySpec.Listed(List.of(300L, 100L, 400L, 100L, 300L));
    private ChangeListener<Moment> watcher;

    SelfTest(Session session) {
        this.session = session;
    }

    void start() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> fail("exception on " + thread.getName(), error));
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> fail("exception on the FX thread", error));
        PauseTransition limit = new PauseTransition(TIME_LIMIT);
        limit.setOnFinished(event -> fail("the runs did not finish within " + TIME_LIMIT.toSeconds() + " s", null));
        limit.play();
        Platform.runLater(() -> runSteps(replayAfterPresenting(), this::next));
    }

    /**
     * A run played to its end while presenting, then again after presentation mode: the console shows
     * what is printed by then, on screen as in the scene (nothing before the mutex's first wake-up at
     * 2000 ms; the lines of 2000 ms after it). On a 1280x720 screen the renderer once left the end's
     * lines on screen, giving the answer away. Keys as a teacher presses them: End, F5, Esc, Space.
     */
    private Deque<Runnable> replayAfterPresenting() {
        Deque<Runnable> steps = new ArrayDeque<>();
        steps.add(() -> {
            session.selectEngine(EngineKind.SIM);
            session.form().load(Scenario.defaults(Mode.MUTEX, 42));
            session.run();
            session.playback().speedProperty().set(1);
        });
        for (KeyCode key : List.of(KeyCode.END, KeyCode.F5, KeyCode.ESCAPE, KeyCode.SPACE)) {
            steps.add(() -> press(key));
            waitAFewFrames(steps);
        }
        steps.add(() -> {
            session.playback().pause();
            consoleShowsWhatWasPrinted();
        });
        steps.add(() -> session.playback().seek(2_500_000));
        steps.add(() -> { });
        steps.add(this::consoleShowsWhatWasPrinted);
        return steps;
    }

    private void next() {
        Mode mode = modes.poll();
        if (mode == null && !realModes.isEmpty()) {
            nextReal(realModes.poll());
            return;
        }
        if (mode == null) {
            System.out.println("self-test: every mode played to the end");
            aroundTheWindow();
            return;
        }
        PlaybackModel playback = session.playback();
        session.selectEngine(EngineKind.SIM);
        session.selectMode(mode);
        playback.speedProperty().set(PlaybackModel.MAX_SPEED);
        long started = System.nanoTime();
        watcher = (obs, old, moment) -> {
            if (moment != null && moment.finished()) {
                playback.momentProperty().removeListener(watcher);
                check(mode, (System.nanoTime() - started) / 1_000_000);
                Platform.runLater(this::next);
            }
        };
        playback.momentProperty().addListener(watcher);
        if (!session.run()) {
            fail("the " + mode.id() + " scenario was refused", null);
        }
    }

    /**
     * Every theme, both languages (which rebuild the views), presentation mode, the keys overlay and
     * the compare window, one after the other with a frame between, then exit.
     */
    private void aroundTheWindow() {
        Deque<Runnable> steps = new ArrayDeque<>();
        for (Theme theme : Theme.values()) {
            steps.add(() -> session.themeProperty().set(theme));
        }
        for (Locale language : Texts.LANGUAGES) {
            steps.add(() -> session.setLanguage(language));
        }
        steps.add(() -> session.setLanguage(Locale.ENGLISH));
        steps.add(() -> session.presentingProperty().set(true));
        steps.add(() -> session.blankedProperty().set(true));
        steps.add(() -> session.blankedProperty().set(false));
        // Compare while presenting covers the screen; the window behind it keeps presenting.
        steps.add(() -> CompareWindow.open(Window.getWindows().get(0), session));
        steps.add(() -> {
            Window main = Window.getWindows().get(0);
            if (!session.presentingProperty().get() || CompareWindow.openOver(main).isEmpty()) {
                fail("Compare while presenting ended presentation mode or did not open", null);
            }
            CompareWindow.openOver(main).ifPresent(Window::hide);
        });
        steps.add(() -> session.presentingProperty().set(false));
        steps.add(() -> session.helpShownProperty().set(true));
        steps.add(() -> session.helpShownProperty().set(false));
        steps.add(() -> CompareWindow.open(Window.getWindows().get(0), session));
        steps.add(() -> List.copyOf(Window.getWindows()).stream().skip(1).forEach(Window::hide));
        runSteps(steps, () -> {
            System.out.println("self-test: themes, languages, presentation mode, keys and compare all shown");
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }

    /** A key pressed in the main window, as the keyboard would. */
    private static void press(KeyCode key) {
        Node root = Window.getWindows().get(0).getScene().getRoot();
        Event.fireEvent(root, new KeyEvent(root, root, KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }

    /** Steps that do nothing for about a second, while a window goes to or from full screen. */
    private static void waitAFewFrames(Deque<Runnable> steps) {
        for (int i = 0; i < 6; i++) {
            steps.add(() -> { });
        }
    }

    /** Runs the steps one after the other with a few frames between, then {@code then}. */
    private void runSteps(Deque<Runnable> steps, Runnable then) {
        Runnable step = steps.poll();
        if (step == null) {
            then.run();
            return;
        }
        step.run();
        PauseTransition frame = new PauseTransition(Duration.millis(150));
        frame.setOnFinished(event -> runSteps(steps, then));
        frame.play();
    }

    /** One real run, shown live from its start; checked once its final trace is on screen. */
    private void nextReal(Mode mode) {
        PlaybackModel playback = session.playback();
        session.selectEngine(EngineKind.REAL);
        session.selectMode(mode);
        session.form().load(new Scenario(mode, 5, REAL_DELAYS, 100, 42));
        long started = System.nanoTime();
        watcher = (obs, old, moment) -> {
            if (moment != null && moment.finished()) {
                playback.momentProperty().removeListener(watcher);
                checkReal(mode, (System.nanoTime() - started) / 1_000_000);
                Platform.runLater(this::next);
            }
        };
        playback.momentProperty().addListener(watcher);
        if (!session.run() || !session.real().isRunning()) {
            fail("the real " + mode.id() + " run did not start", null);
        }
    }

    private void checkReal(Mode mode, long wallMillis) {
        Trace trace = session.trace();
        if (!RealEngine.NAME.equals(trace.engine()) || !trace.isComplete()) {
            fail("real " + mode.id() + ": the trace on screen is not a complete real run", null);
        }
        List<String> broken = TraceChecks.check(trace, RealEngine.SCHEDULER_SLACK_MICROS);
        if (!broken.isEmpty()) {
            fail("real " + mode.id() + ": the trace breaks the rules: " + broken, null);
        }
        List<String> shown = session.playback().console();
        if (!shown.equals(trace.console())) {
            fail("real " + mode.id() + ": the console shows " + shown + " but the run printed " + trace.console(), null);
        }
        System.out.println("self-test: real " + mode.id() + " ran live on " + session.real().threadKind().id()
                + " threads in " + wallMillis + " ms, console: " + shown.get(shown.size() - (mode.collectsResults() ? 2 : 1))
                + (mode.collectsResults() ? " " + shown.get(shown.size() - 1) : ""));
    }

    private void check(Mode mode, long wallMillis) {
        Trace trace = session.trace();
        List<String> shown = session.playback().console();
        if (mode.isPitfall()) {
            List<String> broken = TraceChecks.check(trace, 0);
            if (!shown.equals(trace.console()) || !broken.isEmpty()) {
                fail(mode.id() + ": the console shows " + shown + " (the run printed " + trace.console() + "), "
                        + broken, null);
            }
            System.out.println("self-test: pitfall " + mode.id() + " played to the end in " + wallMillis
                    + " ms, exit status " + trace.exitStatus() + (trace.fatalError().isEmpty() ? "" : ", " + trace.fatalError()));
            return;
        }
        String total = "Total execution time: " + GoDuration.ofMicros(trace.endMicros());
        long printed = shown.stream().filter(line -> line.startsWith("The result from the database is: ")).count();
        if (printed != trace.scenario().calls() || !shown.contains(total) || !shown.equals(trace.console())) {
            fail(mode.id() + ": the console shows " + shown + " but the run printed " + trace.console(), null);
        }
        System.out.println("self-test: " + mode.id() + " played to the end in " + wallMillis + " ms, console: "
                + shown.get(shown.size() - (mode.collectsResults() ? 2 : 1))
                + (mode.collectsResults() ? " " + shown.get(shown.size() - 1) : ""));
    }

    /**
     * The console's lines are the lines printed by the playhead's time, at their places, and the
     * screen shows the console as the scene holds it (a quarter of a hundredth of its pixels may differ).
     */
    private void consoleShowsWhatWasPrinted() {
        List<String> printed = session.playback().console();
        Node console = Window.getWindows().get(0).getScene().lookup("#console");
        for (Node node : console.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.isVisible() && cell.getText() != null
                    && !cell.getText().isEmpty()
                    && (cell.getIndex() < 0 || cell.getIndex() >= printed.size() || !printed.get(cell.getIndex()).equals(cell.getText()))) {
                fail("at " + session.playback().time() / 1000 + " ms the console shows \"" + cell.getText() + "\" as line "
                        + cell.getIndex() + ", but the lines printed by then are " + printed, null);
            }
        }
        // What the screen shows, not only the scene: a repaint the renderer missed leaves old lines there.
        Bounds on = console.localToScreen(console.getLayoutBounds());
        // Scaled to the scene's pixels: on a screen of 2x, the capture would have four times as many.
        WritableImage screen = new Robot().getScreenCapture(null, on.getMinX(), on.getMinY(), on.getWidth(), on.getHeight(), true);
        WritableImage scene = console.snapshot(null, null);
        int width = (int) Math.min(screen.getWidth(), scene.getWidth());
        int height = (int) Math.min(screen.getHeight(), scene.getHeight());
        double[][] onScreen = brightness(screen, width, height);
        double[][] inScene = brightness(scene, width, height);
        // Both ways: lines on screen the scene does not have, and lines of the scene missing on screen.
        int differ = Math.max(differingPixels(onScreen, inScene), differingPixels(inScene, onScreen));
        // A quarter of a hundredth: the console's rounded corners, half a pixel off, differ by about 0.08%
        // at 1920x1080; one line of text missing or left over is several times that.
        if (differ > width * height / 400) {
            fail("at " + session.playback().time() / 1000 + " ms the console on screen is not what it holds: " + differ
                    + " of its " + width * height + " pixels differ (the lines printed by then are " + printed + ")", null);
        }
        System.out.println("self-test: at " + session.playback().time() / 1000 + " ms of a replay after presenting, the console"
                + " shows the " + printed.size() + " lines printed by then, on screen too (" + differ + " of its " + width * height
                + " pixels differ)");
    }

    private static double[][] brightness(WritableImage image, int width, int height) {
        double[][] values = new double[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                values[y][x] = image.getPixelReader().getColor(x, y).getBrightness();
            }
        }
        return values;
    }

    /**
     * How many pixels of {@code screen} differ from {@code scene}, by brightness, where no pixel of the
     * scene's within one pixel of it matches: the screen draws the console where it is on screen,
     * maybe half a pixel off the whole one the snapshot starts at (at 1920x1080 every letter's edge
     * then differed, 4,432 pixels, a false alarm), while other lines than the scene's differ whole.
     * One way only: a blank screen matches the gaps between letters, so the caller asks both ways.
     */
    static int differingPixels(double[][] screen, double[][] scene) {
        int differ = 0;
        for (int y = 0; y < screen.length; y++) {
            for (int x = 0; x < screen[y].length; x++) {
                boolean matched = false;
                for (int dy = -1; dy <= 1 && !matched; dy++) {
                    for (int dx = -1; dx <= 1 && !matched; dx++) {
                        int sy = y + dy;
                        int sx = x + dx;
                        matched = sy >= 0 && sy < scene.length && sx >= 0 && sx < scene[sy].length
                                && Math.abs(screen[y][x] - scene[sy][sx]) <= 0.3;
                    }
                }
                if (!matched) {
                    differ++;
                }
            }
        }
        return differ;
    }

    private static void fail(String why, Throwable error) {
        System.err.println("self-test FAILED: " + why);
        if (error != null) {
            error.printStackTrace();
        }
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
