package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception nobody caught becomes a readable dialog with details to copy and the log file that
 * keeps them; the window stays. A window that cannot be built gets a dialog of its own. The log is
 * in a temporary folder, never the real home.
 */
@ExtendWith(ApplicationExtension.class)
class CrashReporterTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    @TempDir
    Path folder;

    private Stage stage;
    private Path logFile;
    private Thread.UncaughtExceptionHandler everyThreadBefore;
    private Thread.UncaughtExceptionHandler fxThreadBefore;

    @Start
    void start(Stage window) {
        stage = window;
        Button broken = new Button("Run");
        broken.setId("broken");
        broken.setOnAction(event -> {
            throw new IllegalStateException("the lanes went missing");
        });
        window.setScene(new Scene(new StackPane(broken), 400, 300));
        window.show();
    }

    @BeforeEach
    void keepTheHandlers(FxRobot robot) {
        logFile = folder.resolve("state").resolve("golanes").resolve("golanes.log");
        everyThreadBefore = Thread.getDefaultUncaughtExceptionHandler();
        robot.interact(() -> fxThreadBefore = Thread.currentThread().getUncaughtExceptionHandler());
    }

    @AfterEach
    void closeDialogsAndPutTheHandlersBack(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            Thread.currentThread().setUncaughtExceptionHandler(fxThreadBefore);
        });
        Thread.setDefaultUncaughtExceptionHandler(everyThreadBefore);
    }

    @Test
    void anExceptionOnAnyThreadShowsWhatHappenedAndTheDetailsCanBeCopied(FxRobot robot) throws Exception {
        CrashReporter reporter = CrashReporter.install(new CrashLog(logFile), () -> ENGLISH);
        assertNotSame(everyThreadBefore, Thread.getDefaultUncaughtExceptionHandler(), "every thread's uncaught exceptions come here");
        robot.interact(() -> reporter.attach(() -> ENGLISH, () -> stage));

        reporter.report(new Thread("worker"), new IllegalStateException("the lanes went missing"));
        TextArea details = awaitDialog(robot);
        assertTrue(details.getText().startsWith("GoLanes "), details.getText());
        assertTrue(details.getText().contains("IllegalStateException: the lanes went missing"), details.getText());

        // Dialogs are their own windows; the headless robot cannot see them to click, so press the button.
        robot.interact(() -> robot.lookup("#crash-copy").queryButton().fire());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains("the lanes went missing"), copied);
        assertTrue(robot.lookup("#crash-details").tryQuery().isPresent(), "copying keeps the dialog open");
        assertTrue(stage.isShowing(), "the window stays");
    }

    /** The way it happens in the app: a button's handler throws on the FX thread. */
    @Test
    void aButtonWhoseHandlerThrowsBringsUpTheDialogWithTheDetailsAndTheLog(FxRobot robot) throws Exception {
        robot.interact(() -> CrashReporter.install(new CrashLog(logFile), () -> ENGLISH).attach(() -> ENGLISH, () -> stage));

        robot.clickOn("#broken");
        TextArea details = awaitDialog(robot);
        String text = details.getText();
        assertTrue(text.startsWith("GoLanes " + dev.golanes.cli.Cli.version() + ", Java " + System.getProperty("java.version")),
                text);
        assertTrue(text.contains("java.lang.IllegalStateException: the lanes went missing\n\tat "), text);
        assertTrue(text.contains("CrashReporterTest"), "the stack trace reaches the handler: " + text);
        DialogPane pane = (DialogPane) details.getScene().getRoot();
        assertEquals("Something went wrong: the lanes went missing", pane.getHeaderText());
        assertSame(stage, ((Stage) details.getScene().getWindow()).getOwner(), "the dialog sits over the window");
        assertEquals("The details are also saved in " + logFile, robot.lookup("#crash-log").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#crash-copy").queryButton().fire());
        assertEquals(text, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());

        String log = Files.readString(logFile);
        assertTrue(log.matches("(?s)--- \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?(Z|[+-]\\d\\d:\\d\\d), thread JavaFX Application Thread\n"
                + "GoLanes .*\n\n"), log);
        assertEquals(log.substring(log.indexOf('\n') + 1), text + "\n", "the log keeps what the dialog shows");
        assertTrue(stage.isShowing(), "the window stays");
    }

    @Test
    void aWindowThatCannotBeBuiltGetsADialogOfItsOwnThatEndsTheApp(FxRobot robot) throws Exception {
        CrashReporter reporter = CrashReporter.install(new CrashLog(logFile), () -> ENGLISH);
        AtomicBoolean ended = new AtomicBoolean();
        robot.interact(() -> reporter.reportStartFailure(new IllegalStateException("no views"), () -> ended.set(true)));
        TextArea details = awaitDialog(robot);
        DialogPane pane = (DialogPane) details.getScene().getRoot();
        assertEquals("GoLanes could not open its window: no views", pane.getHeaderText());
        assertEquals(List.of("Copy details", "Close GoLanes"),
                pane.getButtonTypes().stream().map(ButtonType::getText).collect(Collectors.toList()));
        assertTrue(Files.readString(logFile).contains("IllegalStateException: no views"));
        assertFalse(ended.get(), "the app ends when the dialog is closed, not before");
        ButtonType close = pane.getButtonTypes().get(1);
        robot.interact(() -> ((Button) pane.lookupButton(close)).fire());
        assertTrue(ended.get());
        assertFalse(robot.lookup("#crash-details").tryQuery().isPresent(), "the dialog is closed");
    }

    /**
     * Esc, Enter and the window's close box close the dialog, as its button does: a keyboard-only
     * teacher was left with Enter alone, and the close box did nothing.
     */
    @Test
    void escEnterOrTheCloseBoxCloseTheDialog(FxRobot robot) throws Exception {
        CrashReporter reporter = CrashReporter.install(new CrashLog(logFile), () -> ENGLISH);
        robot.interact(() -> reporter.attach(() -> ENGLISH, () -> stage));
        for (String how : List.of("Esc", "Enter", "the close box")) {
            reporter.report(new Thread("worker"), new IllegalStateException("the lanes went missing"));
            TextArea details = awaitDialog(robot);
            Window dialog = details.getScene().getWindow();
            robot.interact(() -> dialog.requestFocus());
            switch (how) {
                case "Esc" -> robot.type(KeyCode.ESCAPE);
                case "Enter" -> robot.type(KeyCode.ENTER);
                default -> robot.interact(() -> dialog.fireEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSE_REQUEST)));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(robot.lookup("#crash-details").tryQuery().isPresent(), how + ": the dialog is closed");
            assertTrue(stage.isShowing(), how + ": the window stays");
        }
    }

    private static TextArea awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#crash-details").tryQuery().isPresent());
        return robot.lookup("#crash-details").queryAs(TextArea.class);
    }
}
