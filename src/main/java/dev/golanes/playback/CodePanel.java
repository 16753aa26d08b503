package dev.golanes.playback;

import dev.golanes.i18n.Texts;
import dev.golanes.program.Crowds;
import dev.golanes.program.GoProgram;
import dev.golanes.program.Step;
import dev.golanes.program.Whereabouts;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * The code panel's model: the Go program of the run on screen, how many goroutines are on each of
 * its lines at the current time, and where the selected lane's goroutine is.
 */
public final class CodePanel {
    private final ObjectBinding<GoProgram> program;
    /** The crowds of a finished run, worked out once; null while a live run still changes every frame. */
    private final ObjectBinding<Crowds> runCrowds;
    private final ObjectBinding<Map<Step, Whereabouts.Crowd>> crowds;
    private final ObjectBinding<Whereabouts.Place> selected;
    private final StringBinding heading;

    public CodePanel(Session session) {
        PlaybackModel playback = session.playback();
        ObservableValue<Texts> texts = session.textsProperty();
        program = Bindings.createObjectBinding(() -> {
            Trace trace = session.trace();
            return trace == null ? null : GoProgram.of(trace.scenario(), texts.getValue());
        }, session.traceProperty(), texts);
        runCrowds = Bindings.createObjectBinding(() -> {
            Trace trace = playback.index() == null ? null : playback.index().trace();
            return trace == null || !trace.isComplete() ? null : Crowds.of(trace);
        }, playback.indexProperty());
        crowds = Bindings.createObjectBinding(() -> {
            Moment m = playback.moment();
            if (m == null) {
                return Map.of();
            }
            Crowds known = runCrowds.get();
            return known != null ? known.at(m.time()) : Whereabouts.crowds(playback.index().trace(), m.time());
        }, playback.momentProperty(), runCrowds);
        selected = Bindings.createObjectBinding(() -> {
            Moment m = playback.moment();
            int lane = session.selectedLaneProperty().get();
            return m == null || lane < 0 ? null : Whereabouts.of(playback.index().trace(), lane, m.time());
        }, playback.momentProperty(), session.selectedLaneProperty());
        heading = Bindings.createStringBinding(() -> {
            int lane = session.selectedLaneProperty().get();
            Texts t = texts.getValue();
            return lane < 0 ? t.format("panel.code")
                    : t.format("panel.code.selected", dev.golanes.trace.Trace.laneName(lane));
        }, session.selectedLaneProperty(), texts);
    }

    public ObjectBinding<GoProgram> program() {
        return program;
    }

    public ObjectBinding<Map<Step, Whereabouts.Crowd>> crowds() {
        return crowds;
    }

    /** Where the selected lane's goroutine is, or null when none is selected or it is on no line. */
    public ObjectBinding<Whereabouts.Place> selected() {
        return selected;
    }

    public StringBinding heading() {
        return heading;
    }
}
