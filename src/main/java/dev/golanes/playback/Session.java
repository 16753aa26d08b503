package dev.golanes.playback;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.Locale;
import java.util.Optional;
import dev.golanes.trace.MarkKind;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's presentation model: the scenario form, the run on screen and its playback, and the
 * language. Commands are the user's actions; the views bind to the properties.
 */
public final class Session {
    private final ObjectProperty<Texts> texts = new SimpleObjectProperty<>(this, "texts");
    private final ScenarioForm form;
    private final PlaybackModel playback = new PlaybackModel();
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final IntegerProperty selectedLane = new SimpleIntegerProperty(this, "selectedLane", -1);
    private final TimelineViewport viewport = new TimelineViewport();

    public Session(Scenario initial, Locale locale) {
        texts.set(Texts.forLocale(locale));
        playback.timeProperty().addListener((obs, old, now) -> {
            if (playback.isPlaying()) {
                viewport.follow(now.longValue());
            }
        });
        form = new ScenarioForm(texts, initial);
        prepare(form.lastValid());
    }

    /** Runs the scenario in the form and plays it from the start. Does nothing while a field is wrong. */
    public boolean run() {
        Optional<Scenario> scenario = form.scenario();
        scenario.ifPresent(s -> {
            prepare(s);
            playback.play();
        });
        return scenario.isPresent();
    }

    /** Plays the run on screen again from the start. */
    public void replay() {
        playback.restart();
    }

    /** Switches to another program and shows it ready to play, keeping the other settings. */
    public void selectMode(Mode mode) {
        form.modeProperty().set(mode);
        prepare(form.scenario().orElse(form.lastValid().withMode(mode)));
    }

    public void newSeed() {
        form.newSeed();
    }

    public void setLanguage(Locale locale) {
        texts.set(Texts.forLocale(locale));
    }

    /**
     * Shows who printed console line {@code index}: selects that lane and moves the playhead to the
     * moment it printed.
     */
    public void showPrint(int index) {
        Trace current = trace.get();
        int seen = 0;
        for (int i = 0; current != null && i < current.size(); i++) {
            if (current.is(i, MarkKind.PRINT) && seen++ == index) {
                playback.pause();
                selectedLane.set(current.lane(i));
                playback.seek(current.start(i));
                viewport.follow(current.start(i));
                return;
            }
        }
    }

    /** Picks a lane (or none, with -1): the timeline highlights it and the code shows where it is. */
    public void selectLane(int lane) {
        Trace current = trace.get();
        selectedLane.set(current != null && lane >= 0 && lane < current.laneCount() ? lane : -1);
    }

    private void prepare(Scenario scenario) {
        Trace next = Simulator.run(scenario);
        selectedLane.set(-1);
        viewport.reset(next.endMicros());
        trace.set(next);
        playback.load(next);
    }

    public IntegerProperty selectedLaneProperty() {
        return selectedLane;
    }

    public TimelineViewport viewport() {
        return viewport;
    }

    public ScenarioForm form() {
        return form;
    }

    public PlaybackModel playback() {
        return playback;
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public Trace trace() {
        return trace.get();
    }

    public ObjectProperty<Texts> textsProperty() {
        return texts;
    }

    public Texts texts() {
        return texts.get();
    }
}
