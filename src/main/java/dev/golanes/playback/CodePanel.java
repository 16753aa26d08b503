package dev.golanes.playback;

import dev.golanes.i18n.Texts;
import dev.golanes.program.Crowds;
import dev.golanes.program.GoProgram;
import dev.golanes.program.Step;
import dev.golanes.program.Whereabouts;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final BooleanBinding notYetRun;
    /** Whether the selected lane's goroutine has returned, at the time shown. */
    private final BooleanProperty returned = new SimpleBooleanProperty(this, "returned");
    private final InvalidationListener followReturns;

    public CodePanel(Session session) {
        PlaybackModel playback = session.playback();
        ObservableValue<Texts> texts = session.textsProperty();
        program = Bindings.createObjectBinding(() -> {
            Trace trace = session.trace();
            return trace == null ? null : GoProgram.of(trace.scenario(), texts.getValue());
        }, session.traceProperty(), texts);
        notYetRun = Bindings.createBooleanBinding(() -> {
            Trace trace = session.trace();
            return trace != null && trace.notBegun();
        }, session.traceProperty());
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
            if (lane < 0) {
                return t.format("panel.code");
            }
            String name = dev.golanes.trace.Trace.laneName(lane);
            // A goroutine that has returned is on no line: the heading says so, where it said "where it is"
            // over a program with no line marked.
            return returned.get() ? t.format("panel.code.returned", name) : t.format("panel.code.selected", name);
        }, session.selectedLaneProperty(), texts, returned);
        // Told again only when it changes, not at each frame of a run; weakly, as the bindings listen:
        // the panel is made again with the views, the session stays.
        followReturns = obs -> {
            Moment m = playback.moment();
            int lane = session.selectedLaneProperty().get();
            returned.set(m != null && lane >= 0 && hasReturned(playback.index().trace(), lane, m.time()));
        };
        playback.momentProperty().addListener(new WeakInvalidationListener(followReturns));
        session.selectedLaneProperty().addListener(new WeakInvalidationListener(followReturns));
        followReturns.invalidated(null);
    }

    /**
     * Whether the goroutine of {@code lane} ran to its end by {@code time}; main, once the run is over
     * and it returned (Go did not stop the program).
     */
    static boolean hasReturned(Trace trace, int lane, long time) {
        if (lane >= trace.laneCount() || !trace.isFinished(lane)) {
            return false;
        }
        return lane == 0 ? trace.isComplete() && trace.exitStatus() == 0 && time >= trace.endMicros()
                : time >= trace.laneEnd(lane);
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

    /** Whether the run on screen has not begun: real threads' lanes before their first run. */
    public BooleanBinding notYetRun() {
        return notYetRun;
    }
}
