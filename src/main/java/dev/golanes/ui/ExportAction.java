package dev.golanes.ui;

import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportJob;
import dev.golanes.export.ExportTarget;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.ExportModel;
import dev.golanes.playback.Session;
import dev.golanes.render.TimelineLayout;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The window's Export button and its shortcut (Ctrl+E; Cmd+E on macOS): asks where to save, then
 * lets the {@link ExportModel} write the timeline as it stood when the user asked. Success shows in
 * the status bar; a failure also opens a dialog that says why.
 */
final class ExportAction {
    static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final Session session;
    private final ExportModel model;
    private final TimelineView timeline;
    private final Button button;

    private ExportAction(Session session, TimelineView timeline, Button button) {
        this.session = session;
        this.model = session.export();
        this.timeline = timeline;
        this.button = button;
    }

    /** Wires the button, the shortcut and the status bar's notice. */
    static ExportAction attach(Button button, Label notice, TimelineView timeline, Session session) {
        ExportAction action = new ExportAction(session, timeline, button);
        button.setOnAction(event -> action.run());
        notice.textProperty().bind(action.model.noticeProperty());
        // The model outlives the views (rebuilt on a language switch): it must not hold this label.
        Listen.onChange(notice, action.model.failedProperty(), (obs, old, failed) -> notice.pseudoClassStateChanged(ERROR, failed));
        notice.pseudoClassStateChanged(ERROR, action.model.failedProperty().get());
        button.sceneProperty().addListener((obs, old, scene) -> action.installShortcut(old, scene));
        action.installShortcut(null, button.getScene());
        button.getProperties().put(ExportAction.class, action);
        return action;
    }

    private void installShortcut(Scene old, Scene scene) {
        if (old != null) {
            old.getAccelerators().remove(SHORTCUT);
        }
        if (scene != null) {
            scene.getAccelerators().put(SHORTCUT, this::run);
        }
    }

    /** Captures the moment, asks for a file, exports. */
    void run() {
        model.capture(timeline.palette(), firstCallInView()).ifPresent(job -> {
            String offered = model.suggestedName(job);
            FileChooser chooser = chooser(session.texts(), "export.dialog.title", List.of(ExportFormat.values()),
                    model.lastFormat(), offered, model);
            Window owner = button.getScene() == null ? null : button.getScene().getWindow();
            // The moment captured stays on screen while the dialog covers the window (a real run goes on).
            session.playback().pause();
            ask(owner, session.texts(), chooser, offered, model.lastFormat()).ifPresent(chosen -> exportTo(job, chosen.file(),
                    chosen.format()));
        });
    }

    /** Where the save dialog says to write, in the format picked in it. */
    record Chosen(Path file, ExportFormat format) {
    }

    /**
     * Shows the save dialog over {@code owner}: the file it gives, named for the type picked in it if
     * the {@code offered} name was left as it was (see {@link ExportTarget#followingThePickedType}), or
     * none if the dialog was cancelled. The dialog asked about the name it showed; a file of the new
     * name is asked about here.
     */
    static Optional<Chosen> ask(Window owner, Texts t, FileChooser chooser, String offered, ExportFormat fallback) {
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        ExportFormat picked = picked(chooser, fallback);
        Path named = ExportTarget.followingThePickedType(file.toPath(), offered, picked);
        return ReplaceQuestion.allowed(owner, t, file.toPath(), named) ? Optional.of(new Chosen(named, picked)) : Optional.empty();
    }

    /**
     * Writes a captured export to a file, asking first if the extension it adds makes it replace
     * another file; reports a failure in a dialog.
     */
    void exportTo(ExportJob job, Path file, ExportFormat picked) {
        Window owner = button.getScene() == null ? null : button.getScene().getWindow();
        if (!ReplaceQuestion.allowed(owner, session.texts(), file, model.destination(file, picked))) {
            return;
        }
        model.export(job, file, picked).ifPresent(message -> failed(owner, session.texts(), message));
    }

    /** Says in a dialog why an export failed. */
    static void failed(Window owner, Texts t, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(t.format("export.failed.title"));
        alert.setHeaderText(t.format("export.failed.title"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    /** The model, for tests: they cannot click through the platform's save dialog. */
    ExportModel model() {
        return model;
    }

    /**
     * The save dialog: a filter per format, the one used last picked, the file name offered, in the
     * folder of the last export.
     */
    static FileChooser chooser(Texts t, String titleKey, List<ExportFormat> formats, ExportFormat selected, String name,
                               ExportModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.format(titleKey));
        Map<ExportFormat, FileChooser.ExtensionFilter> filters = new EnumMap<>(ExportFormat.class);
        for (ExportFormat format : formats) {
            filters.put(format, new FileChooser.ExtensionFilter(t.format("export.filter." + format.id()),
                    List.of("*." + format.id())));
        }
        chooser.getExtensionFilters().setAll(filters.values());
        chooser.setSelectedExtensionFilter(filters.get(selected));
        chooser.setInitialFileName(name);
        model.lastFolder().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** The format of the filter the user left picked in the dialog, or {@code fallback}. */
    static ExportFormat picked(FileChooser chooser, ExportFormat fallback) {
        FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
        return filter == null ? fallback : ExportFormat.ofFileName(filter.getExtensions().get(0)).orElse(fallback);
    }

    private int firstCallInView() {
        TimelineLayout layout = timeline.layoutUsed();
        return layout == null ? 1 : layout.firstCall();
    }
}
