package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The save dialog asks before it replaces the file the user named. When GoLanes then adds the
 * extension ({@code lesson} becomes {@code lesson.png}), the file written is another one, which the
 * dialog never asked about: if it is already there, this asks.
 */
final class ReplaceQuestion {
    private ReplaceQuestion() {
    }

    /** Whether {@code written} may be written: it is the file chosen, or new, or the user said to replace it. */
    static boolean allowed(Window owner, Texts t, Path chosen, Path written) {
        if (!needsAsking(chosen, written)) {
            return true;
        }
        String name = String.valueOf(written.getFileName());
        ButtonType replace = new ButtonType(t.format("file.replace.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(t.format("file.replace.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, t.format("file.replace.text", name), replace, keep);
        alert.setTitle(t.format("file.replace.header", name));
        alert.setHeaderText(t.format("file.replace.header", name));
        if (owner != null) {
            alert.initOwner(owner);
        }
        // Enter keeps the file: replacing it takes a deliberate click.
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /** Whether writing {@code written} would replace a file other than the one the dialog asked about. */
    static boolean needsAsking(Path chosen, Path written) {
        return !written.toAbsolutePath().equals(chosen.toAbsolutePath()) && Files.exists(written);
    }
}
