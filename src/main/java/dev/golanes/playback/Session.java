package dev.golanes.playback;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Trace;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final BooleanProperty helpShown = new SimpleBooleanProperty(this, "helpShown");
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

    /**
     * Shows a scenario read from a file, ready to play at the file's speed. Returns why it was
     * refused (in the user's language), or null; a refused file changes nothing.
     */
    public String load(ScenarioFile.Contents contents) {
        Scenario scenario = contents.scenario();
        if (scenario.calls() > Limits.MAX_WINDOW_CALLS) {
            return texts.get().format("file.windowCalls", Limits.MAX_WINDOW_CALLS);
        }
        form.load(scenario);
        playback.speedProperty().set(contents.speed());
        prepare(scenario);
        return null;
    }

    /** The engine of the run on screen, as scenario files name it. */
    public String engineId() {
        return trace.get() == null ? Trace.SIMULATED : trace.get().engine();
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

    /** The colour theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Presentation mode: full screen, everything larger, scenario controls hidden. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The screen blanked (B in presentation mode), to take the class's eyes off it. */
    public BooleanProperty blankedProperty() {
        return blanked;
    }

    /** The overlay listing the keys. */
    public BooleanProperty helpShownProperty() {
        return helpShown;
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
