package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught becomes a readable dialog with details to copy; the window stays. */
@ExtendWith(ApplicationExtension.class)
class CrashReporterTest {
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        window.setScene(new Scene(new StackPane(), 400, 300));
        window.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void anExceptionOnAnyThreadShowsWhatHappenedAndTheDetailsCanBeCopied(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        CrashReporter reporter = CrashReporter.install(() -> Texts.forLocale(Locale.ENGLISH), () -> stage);
        assertNotSame(before, Thread.getDefaultUncaughtExceptionHandler(), "every thread's uncaught exceptions come here");
        Thread.setDefaultUncaughtExceptionHandler(before);

        reporter.report(new Thread("worker"), new IllegalStateException("the lanes went missing"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#crash-details").tryQuery().isPresent());
        TextArea details = robot.lookup("#crash-details").queryAs(TextArea.class);
        assertTrue(details.getText().startsWith("GoLanes "), details.getText());
        assertTrue(details.getText().contains("IllegalStateException: the lanes went missing"), details.getText());

        // Dialogs are their own windows; the headless robot cannot see them to click, so press the button.
        robot.interact(() -> robot.lookup("#crash-copy").queryButton().fire());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(copied.contains("the lanes went missing"), copied);
        assertTrue(robot.lookup("#crash-details").tryQuery().isPresent(), "copying keeps the dialog open");
        assertTrue(stage.isShowing(), "the window stays");
    }
}
