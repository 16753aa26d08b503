package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Turns an exception nobody caught into a message the user can read, instead of a frozen or
 * vanished window: a dialog that says the run and settings are kept, with the details to copy
 * for a bug report. Every such exception is also logged.
 */
final class CrashReporter {
    private static final System.Logger LOG = System.getLogger("dev.golanes");

    private final Supplier<Texts> texts;
    private final Supplier<Window> owner;
    private Alert showing;

    private CrashReporter(Supplier<Texts> texts, Supplier<Window> owner) {
        this.texts = texts;
        this.owner = owner;
    }

    /** Reports uncaught exceptions of every thread, the FX thread included. */
    static CrashReporter install(Supplier<Texts> texts, Supplier<Window> owner) {
        CrashReporter reporter = new CrashReporter(texts, owner);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reporter.report(thread, error));
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reporter.report(thread, error));
        }
        return reporter;
    }

    void report(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "uncaught exception on " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    /** One dialog at a time: a burst of the same failure would otherwise bury the window in dialogs. */
    private void show(Throwable error) {
        if (showing != null && showing.isShowing()) {
            return;
        }
        Texts t = texts.get();
        String details = details(error);
        ButtonType copy = new ButtonType(t.format("crash.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType carryOn = new ButtonType(t.format("crash.continue"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, carryOn);
        alert.setTitle(t.format("crash.title"));
        alert.setHeaderText(t.format("crash.header", String.valueOf(error.getMessage() == null
                ? error.getClass().getSimpleName() : error.getMessage())));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(8);
        area.setId("crash-details");
        Label message = new Label(t.format("crash.message"));
        message.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, message, area));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        // Copying keeps the dialog open: the user may want to read on.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        });
        alert.getDialogPane().lookupButton(copy).setId("crash-copy");
        showing = alert;
        alert.show();
    }

    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        out.append("GoLanes ").append(dev.golanes.cli.Cli.version()).append(", Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append("\n\n");
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
