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
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * {@code golanes --self-test}: in the real window, chooses every mode, runs it at top speed to the
 * end and checks what the console shows; then runs every mode once more on real threads, live, and
 * checks its trace too. Exits with status 0, or 1 at the first problem (an exception anywhere, a
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
        Platform.runLater(this::next);
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
        runSteps(steps);
    }

    private void runSteps(Deque<Runnable> steps) {
        Runnable step = steps.poll();
        if (step == null) {
            System.out.println("self-test: themes, languages, presentation mode, keys and compare all shown");
            System.out.flush();
            Platform.exit();
            System.exit(0);
            return;
        }
        step.run();
        PauseTransition frame = new PauseTransition(Duration.millis(150));
        frame.setOnFinished(event -> runSteps(steps));
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

    private static void fail(String why, Throwable error) {
        System.err.println("self-test FAILED: " + why);
        if (error != null) {
            error.printStackTrace();
        }
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
