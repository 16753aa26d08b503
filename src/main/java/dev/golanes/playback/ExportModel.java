package dev.golanes.playback;

import dev.golanes.export.ComparisonExport;
import dev.golanes.export.ExportException;
import dev.golanes.export.ExportFormat;
import dev.golanes.export.ExportJob;
import dev.golanes.export.ExportTarget;
import dev.golanes.export.FigureSize;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Palette;
import dev.golanes.render.TimeWindow;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.Trace;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exporting from the window: what is exported (the run on screen at the playhead, in the window's
 * colours and language, from the first call in view), the file name offered, and what the window
 * says afterwards. The view only asks the user where to save.
 */
public final class ExportModel {
    /** Pictures from the window: the command line's default size at twice the pixels, sharp on a projector. */
    public static final FigureSize WINDOW_SIZE = FigureSize.DEFAULT.withScale(2);
    /** The comparison from its window: {@link FigureSize#COMPARISON} at twice the pixels. */
    public static final FigureSize COMPARISON_SIZE = FigureSize.COMPARISON.withScale(2);

    private final Session session;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private Path folder;
    /** Whether the notice says why an export of a real run still going was refused (see {@link #capture}). */
    private boolean refusedLive;
    /** The scenario file last opened or saved, for Save to offer again; null before one. */
    private String scenarioName;
    private ExportFormat format = ExportFormat.PNG;

    public ExportModel(Session session) {
        this.session = session;
        // A notice about an earlier run would mislead once another is on screen, and one in the
        // language before a switch would stay in it.
        session.traceProperty().addListener(obs -> clearUnlessLive(false));
        session.textsProperty().addListener(obs -> report("", false));
        // A failure, told in full in its dialog, goes once the run is played or stepped: it stayed in the
        // status bar, red, for long after.
        session.playback().timeProperty().addListener(obs -> clearUnlessLive(true));
        session.playback().playingProperty().addListener(obs -> clearUnlessLive(true));
        // Why an export of a real run still going was refused: its trace and time change every frame, so
        // the notice stays while the run goes, and goes with it.
        session.real().runningProperty().addListener((obs, was, running) -> {
            if (!running && refusedLive) {
                report("", false);
            }
        });
    }

    /**
     * The export as the window stands now, so the picture is the moment the user asked for even if
     * the run plays on while the save dialog is open; empty before the first run. A finished run not
     * played yet (the playhead never moved from 0, every lane blank) is taken at its end, as the
     * command line's export is: a picture of nothing is never what a slide wants. Back at 0 after
     * playing (Home), the picture is what the screen shows.
     */
    public Optional<ExportJob> capture(Palette palette, int firstCall) {
        Trace trace = session.trace();
        if (trace == null) {
            return Optional.empty();
        }
        if (session.real().isRunning()) {
            // A snapshot of a run still going reads as a run stopped there: its calls "stopped", its total
            // the moment of the export, its picture "Stopped at". The status bar says to wait or stop it.
            report(session.texts().format("export.live"), true);
            refusedLive = true;
            return Optional.empty();
        }
        long at = session.playback().time();
        if (at == 0 && trace.isComplete() && !session.playback().hasMoved()) {
            at = trace.endMicros();
        }
        // As on screen: the calls in view, and the part of the run zoomed to.
        TimeWindow zoomed = session.viewport().isZoomed() ? session.viewport().window() : null;
        return Optional.of(new ExportJob(trace, at, WINDOW_SIZE, palette, session.texts(), Math.max(1, firstCall), zoomed));
    }

    /**
     * The comparison as its window stands now, in the window's colours and language: at the clock's
     * time; at its end when the clock has not moved yet (a picture of empty lanes is no slide), but at
     * 0 when the user went back there (Home), as the screen shows, as {@link #capture} does for a run.
     */
    public ComparisonExport captureComparison(CompareModel compare, Palette palette, Texts texts) {
        long at = compare.clock().time();
        if (at == 0 && !compare.clock().hasMoved()) {
            at = compare.comparison().longestTotal();
        }
        return new ComparisonExport(compare.comparison(), at, COMPARISON_SIZE, palette, texts);
    }

    /** The comparison's file name to offer, as a picture: the format used last if it was one, else PNG. */
    public String suggestedName(ComparisonExport picture) {
        return ExportTarget.suggestedComparisonName(picture.comparison().scenario(), picture.atMicros(),
                picture.comparison().longestTotal(), lastPictureFormat());
    }

    /** The picture format used last (PNG at first, or after data), for the comparison's save dialog. */
    public ExportFormat lastPictureFormat() {
        return format.isPicture() ? format : ExportFormat.PNG;
    }

    /** Writes the comparison to the file the user chose, as {@link #export(ExportJob, Path, ExportFormat)} writes a run. */
    public Optional<String> export(ComparisonExport picture, Path chosen, ExportFormat picked) {
        ExportTarget target = ExportTarget.picture(chosen.toAbsolutePath(), picked);
        return write(target, () -> picture.write(target.path(), target.format()));
    }

    /** The file the comparison's export to {@code chosen} writes. */
    public Path pictureDestination(Path chosen, ExportFormat picked) {
        return ExportTarget.picture(chosen.toAbsolutePath(), picked).path();
    }

    /** The file name to offer, in the format used last. */
    public String suggestedName(ExportJob job) {
        return ExportTarget.suggestedName(job.trace(), job.atMicros(), format);
    }

    /** The format used last (PNG at first), for the save dialog's filter. */
    public ExportFormat lastFormat() {
        return format;
    }

    /** The folder of the last export, to open the save dialog there. */
    public Optional<Path> lastFolder() {
        return Optional.ofNullable(folder);
    }

    /**
     * Writes the export to the file the user chose ({@link ExportTarget} settles the format) and
     * says how it went in {@link #noticeProperty()}. Never throws: a failure is returned as the
     * message to show, in the user's language.
     */
    public Optional<String> export(ExportJob job, Path chosen, ExportFormat picked) {
        ExportTarget target = ExportTarget.of(chosen.toAbsolutePath(), picked);
        String name = String.valueOf(target.path().getFileName());
        Optional<String> instead = ExportTarget.insteadOfScenarioName(name, target.format());
        if (instead.isPresent()) {
            // The command line refuses it too.
            return fail(session.texts().format("export.scenarioName", name, instead.get()));
        }
        return write(target, () -> job.write(target.path(), target.format()));
    }

    /** Writes a file; a picture or a run. */
    private interface Writing {
        void write() throws ExportException;
    }

    private Optional<String> write(ExportTarget target, Writing writing) {
        try {
            writing.write();
        } catch (ExportException e) {
            return fail(e.message(session.texts()));
        } catch (RuntimeException e) {
            return fail(String.valueOf(e.getMessage()));
        }
        format = target.format();
        folder = target.path().getParent();
        report(session.texts().format("export.done", String.valueOf(target.path().getFileName())), false);
        return Optional.empty();
    }

    /** The file an export to {@code chosen} writes: the name as chosen, with the picked format's extension if it has none. */
    public Path destination(Path chosen, ExportFormat picked) {
        return ExportTarget.of(chosen.toAbsolutePath(), picked).path();
    }

    /** A scenario file was saved: the status bar says so, where it says what an export wrote. */
    public void saved(Path file) {
        scenarioName = String.valueOf(file.getFileName());
        report(session.texts().format("file.saved", scenarioName), false);
    }

    /**
     * A scenario file was opened (call it once its run is on screen, which clears notices): the status bar
     * names it, as it names a file saved. Nothing said which lesson was on screen.
     */
    public void opened(Path file) {
        scenarioName = String.valueOf(file.getFileName());
        report(session.texts().format("file.opened", scenarioName), false);
    }

    /**
     * The name Save offers: the scenario file last opened or saved (lesson3.golanes.json, saved again
     * after a change; GoLanes asks before it replaces a file), or one named for the program.
     */
    public String scenarioName() {
        return scenarioName != null ? scenarioName
                : "scenario-" + session.form().lastValid().mode().id() + ScenarioFile.EXTENSION;
    }

    private Optional<String> fail(String message) {
        report(session.texts().format("export.failed"), true);
        return Optional.of(message);
    }

    private void report(String text, boolean failure) {
        notice.set(text);
        failed.set(failure);
        refusedLive = false;
    }

    /**
     * Clears the status bar's notice (only a failure, with {@code failureOnly}) as the run on screen
     * moves on; but not the refusal of a real run still going, whose trace and time move every frame.
     */
    private void clearUnlessLive(boolean failureOnly) {
        if ((!failureOnly || failed.get()) && !(refusedLive && session.real().isRunning())) {
            report("", false);
        }
    }

    /** What the last export (or scenario save) did, for the status bar; empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
