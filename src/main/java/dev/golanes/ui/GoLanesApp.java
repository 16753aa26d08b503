package dev.golanes.ui;

import dev.golanes.cli.Command;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window. {@link #open} is how the launcher starts it. */
public final class GoLanesApp extends Application {
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;

    private static volatile Command.Window options =
            new Command.Window(Scenario.defaults(Mode.SEQUENTIAL, Scenario.drawSeed()), false);
    private static volatile CrashReporter crashes;

    /** Set on the FX thread when the window could not be built; read after the toolkit has ended. */
    private static volatile boolean startFailed;
    /** Set once the toolkit runs (JavaFX calls {@link #init} after starting it): a launch that fails before never had one. */
    private static volatile boolean toolkitStarted;

    /**
     * Opens the window with these options and returns when it closes; exits with status 1 if it could
     * not open. With no display to open it on, that is said in one sentence; any other failure to start
     * is a crash report.
     */
    public static void open(Command.Window window) {
        options = window;
        // Before the toolkit starts: a toolkit that cannot start, or a window that cannot be built, is reported too.
        Texts texts = Texts.forLocale(languageOf(window.look()));
        crashes = CrashReporter.install(CrashLog.forThisSystem(), () -> texts);
        try {
            // The toolkit starts on a launcher thread; what stops it is thrown again here.
            Application.launch(GoLanesApp.class);
        } catch (RuntimeException | Error e) {
            if (!toolkitStarted && NoDisplay.explains(e)) {
                System.err.println(texts.format("cli.noDisplay"));
                System.exit(1);
            }
            throw e;
        }
        if (startFailed) {
            // The user has read why the window could not open; the launch still failed.
            System.exit(1);
        }
    }

    private Session session;

    @Override
    public void init() {
        toolkitStarted = true;
    }

    /**
     * Builds and shows the window. If that fails, a dialog says so in its place (the self-test
     * lets the failure end the launch, with status 1).
     */
    @Override
    public void start(Stage stage) {
        Command.Window window = options;
        try {
            show(stage, window);
        } catch (RuntimeException | Error e) {
            if (window.selfTest()) {
                throw e;
            }
            startFailed = true;
            crashes.reportStartFailure(e, Platform::exit);
            stage.hide();
        }
    }

    private void show(Stage stage, Command.Window window) {
        Command.Look look = window.look();
        session = sessionFor(window);
        crashes.attach(session::texts, () -> stage);
        AppWindow app = new AppWindow(stage, session, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        new PlaybackClock(session.playback()).attach();
        new LiveClock(session.real()).attach();
        fitToScreen(stage);
        stage.show();
        app.focusTimeline();
        session.presentingProperty().set(look.presenting());
        if (window.selfTest()) {
            new SelfTest(session).start();
        }
    }

    /**
     * The window's session as the command line asks for it: its scenario, engine, language, theme and
     * speed, and the scenario file it came from, named as after Open (presentation mode is set once the
     * window is up, as it sizes the views).
     */
    static Session sessionFor(Command.Window window) {
        Command.Look look = window.look();
        Session session = new Session(window.scenario(), languageOf(look), window.engine());
        session.themeProperty().set(look.theme());
        session.playback().speedProperty().set(window.speed());
        if (window.file() != null) {
            ScenarioDialogs.opened(session, window.file());
        }
        return session;
    }

    private static Locale languageOf(Command.Look look) {
        return look.language() != null ? look.language() : Locale.getDefault();
    }

    /** Closing the window stops a real run: none of its threads outlives the window. */
    @Override
    public void stop() {
        if (session != null) {
            session.shutdown();
        }
    }

    /**
     * Fills the screen: on a projector every pixel counts. Never smaller than is usable, and a
     * sensible size to return to when the user restores the window.
     */
    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
    }
}
