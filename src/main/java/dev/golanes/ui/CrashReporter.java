package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
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
 * for a bug report and the log file that keeps them. Every report also goes to standard error and
 * to the {@link CrashLog}.
 *
 * <p>It is installed before the toolkit starts, so nothing is lost before the window exists: a
 * window that cannot be built gets a dialog of its own, which ends GoLanes when closed, and a
 * toolkit that cannot start at all (no dialog possible) is still on standard error and in the log.
 */
final class CrashReporter {
    private static final System.Logger LOG = System.getLogger("dev.golanes");

    /** What the dialog says and offers: after a failure in the open window, or while it was being built. */
    private enum Phase {
        RUNNING("crash.header", "crash.message", "crash.continue"),
        STARTING("crash.startHeader", "crash.startMessage", "crash.close");

        private final String header;
        private final String message;
        private final String button;

        Phase(String header, String message, String button) {
            this.header = header;
            this.message = message;
            this.button = button;
        }
    }

    private final CrashLog log;
    private volatile Supplier<Texts> texts;
    /** The window dialogs sit over; null until {@link #attach}, when the toolkit is known to run. */
    private volatile Supplier<Window> owner;
    private Alert showing;

    private CrashReporter(CrashLog log, Supplier<Texts> texts) {
        this.log = log;
        this.texts = texts;
    }

    /**
     * Reports the uncaught exceptions of every thread, in these texts until {@link #attach}.
     * Installed before the toolkit starts, so a failure to start it is recorded too.
     */
    static CrashReporter install(CrashLog log, Supplier<Texts> texts) {
        CrashReporter reporter = new CrashReporter(log, texts);
        Thread.setDefaultUncaughtExceptionHandler(reporter::report);
        return reporter;
    }

    /**
     * Called on the FX thread as the window is built: dialogs follow the window's language and
     * sit over it, and the FX thread's exceptions come here even if the toolkit gave it a handler.
     */
    void attach(Supplier<Texts> windowTexts, Supplier<Window> window) {
        texts = windowTexts;
        owner = window;
        Thread.currentThread().setUncaughtExceptionHandler(this::report);
    }

    /**
     * Records the report, and shows it on the FX thread. Before {@link #attach} a report from
     * another thread is only recorded: the toolkit may be failing to start, and handing it the
     * dialog would wait for a start that never comes.
     */
    void report(Thread thread, Throwable error) {
        Optional<Path> saved = record(thread, error);
        if (Platform.isFxApplicationThread()) {
            show(Phase.RUNNING, error, saved);
        } else if (owner != null) {
            Platform.runLater(() -> show(Phase.RUNNING, error, saved));
        }
    }

    /**
     * The window could not be built (called on the FX thread): the dialog says so, in place of the
     * window, and closing it runs {@code end}, which ends GoLanes; with no dialog to show, at once.
     */
    void reportStartFailure(Throwable error, Runnable end) {
        show(Phase.STARTING, error, record(Thread.currentThread(), error));
        if (showing != null && showing.isShowing()) {
            showing.setOnHidden(event -> end.run());
        } else {
            end.run();
        }
    }

    /** Standard error and the log file; the file, when the report is in it. */
    private Optional<Path> record(Thread thread, Throwable error) {
        boolean saved = log.append("--- " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", thread "
                + thread.getName() + "\n" + details(error) + "\n");
        Optional<Path> file = saved ? log.file() : Optional.empty();
        LOG.log(System.Logger.Level.ERROR, "uncaught exception on " + thread.getName()
                + file.map(f -> " (saved in " + f + ")").orElse(""), error);
        return file;
    }

    /**
     * One dialog at a time: a burst of the same failure would otherwise bury the window in dialogs.
     * Never throws: a failure to show the dialog must not become a second uncaught exception.
     */
    private void show(Phase phase, Throwable error, Optional<Path> saved) {
        try {
            if (showing != null && showing.isShowing()) {
                return;
            }
            showing = dialog(phase, error, saved);
            showing.show();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not show the crash dialog", e);
        }
    }

    private Alert dialog(Phase phase, Throwable error, Optional<Path> saved) {
        Texts t = texts.get();
        String details = details(error);
        ButtonType copy = new ButtonType(t.format("crash.copy"), ButtonBar.ButtonData.LEFT);
        // A cancel button: Esc and the window's close box close the dialog as it does (a dialog of two
        // buttons, neither of them one, ignores both). It is the default button too, so Enter does.
        ButtonType close = new ButtonType(t.format(phase.button), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, close);
        alert.setTitle(t.format("crash.title"));
        alert.setHeaderText(t.format(phase.header, String.valueOf(error.getMessage() == null
                ? error.getClass().getSimpleName() : error.getMessage())));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(8);
        area.setId("crash-details");
        Label message = new Label(t.format(phase.message));
        message.setWrapText(true);
        VBox content = new VBox(10, message, area);
        saved.ifPresent(file -> content.getChildren().add(logLabel(t, file)));
        alert.getDialogPane().setContent(content);
        Supplier<Window> over = owner;
        Window window = over == null ? null : over.get();
        // A window that could not be built is hidden: the dialog stands alone.
        if (phase == Phase.RUNNING && window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true);
        Node copyButton = alert.getDialogPane().lookupButton(copy);
        copyButton.setId("crash-copy");
        // Copying keeps the dialog open: the user may want to read on.
        copyButton.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(details);
            Clipboard.getSystemClipboard().setContent(clip);
            event.consume();
        });
        return alert;
    }

    private static Label logLabel(Texts t, Path file) {
        Label label = new Label(t.format("crash.log", file.toString()));
        label.setWrapText(true);
        label.setId("crash-log");
        return label;
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
