package dev.golanes.ui;

import dev.golanes.export.AtomicFiles;
import dev.golanes.export.ExportException;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.Session;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.scenario.ScenarioFileException;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opening and saving scenario files from the window. A file that cannot be used is refused with a
 * dialog that says which field is wrong and what it allows; the scenario on screen stays.
 */
final class ScenarioDialogs {
    private static File lastFolder;

    private ScenarioDialogs() {
    }

    static void open(Window owner, Session session) {
        Texts t = session.texts();
        FileChooser chooser = chooser(t, "file.open.title");
        // The dialog covers the window, as the keys list does: the run waits (a real run goes on). It played
        // on unseen, and a file refused left the class at the run's end, not where they were.
        session.playback().pause();
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        try {
            ScenarioFile.Contents contents = ScenarioFile.readFile(file.toPath());
            String refused = session.load(contents);
            if (refused != null) {
                fail(owner, t.format("file.open.failed", file.getName()), refused);
            } else {
                opened(session, file.toPath());
            }
        } catch (ScenarioFileException e) {
            fail(owner, t.format("file.open.failed", file.getName()), e.message(t));
        }
    }

    /**
     * The window is showing a scenario file's run, opened by Open or at launch ({@code --scenario}): the status
     * bar names it, Save offers its name, and the next Open or Save starts in its folder, where the lesson's
     * other files are. Launched with a file, the window said nothing of it, and Save offered scenario-mutex.
     */
    static void opened(Session session, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            lastFolder = folder.toFile();
        }
        session.export().opened(file);
    }

    static void save(Window owner, Session session) {
        Texts t = session.texts();
        // The file would hold the last values that worked, not what is on screen: say what to mend first.
        Optional<String> problem = session.form().firstProblem();
        if (problem.isPresent()) {
            fail(owner, t.format("file.save.invalid"), problem.get());
            return;
        }
        FileChooser chooser = chooser(t, "file.save.title");
        chooser.setInitialFileName(session.export().scenarioName());
        session.playback().pause();
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        lastFolder = file.getParentFile();
        Path path = file.getName().endsWith(".json") ? file.toPath() : Path.of(file.getPath() + ScenarioFile.EXTENSION);
        if (!ReplaceQuestion.allowed(owner, t, file.toPath(), path)) {
            return;
        }
        String text = ScenarioFile.write(session.form().lastValid(), session.engineId(),
                session.playback().speedProperty().get());
        try {
            AtomicFiles.writeText(path, out -> out.write(text));
            session.export().saved(path);
        } catch (ExportException e) {
            fail(owner, t.format("file.save.failed", path.getFileName()), e.message(t));
        }
    }

    static FileChooser chooser(Texts t, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(t.format(titleKey));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(t.format("file.filter"), "*" + ScenarioFile.EXTENSION, "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private static void fail(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
    }
}
