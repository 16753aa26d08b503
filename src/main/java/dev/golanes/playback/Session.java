package dev.golanes.playback;

import dev.golanes.engine.EngineKind;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.render.Theme;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Field;
import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Problem;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioFile;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;

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
    private final DoubleProperty presentingZoom = new SimpleDoubleProperty(this, "presentingZoom", 1);
    private final BooleanProperty helpShown = new SimpleBooleanProperty(this, "helpShown");
    private final TimelineViewport viewport = new TimelineViewport();
    private final ReadOnlyObjectWrapper<EngineKind> engine = new ReadOnlyObjectWrapper<>(this, "engine", EngineKind.SIM);
    private final RealRunModel real = new RealRunModel(playback, texts);
    private final ExportModel export;
    /**
     * The last real run that was on screen (ended or stopped), kept when the simulator or another
     * scenario replaces it: shown again when real threads and its scenario come back.
     */
    private Trace lastReal;

    public Session(Scenario initial, Locale locale) {
        this(initial, locale, EngineKind.SIM);
    }

    public Session(Scenario initial, Locale locale, EngineKind startEngine) {
        texts.set(Texts.forLocale(locale));
        // A live real run grows: the axis grows with it, to at least the simulated total.
        playback.indexProperty().addListener((obs, old, index) -> spanTheRun());
        playback.horizonProperty().addListener((obs, old, horizon) -> spanTheRun());
        // The playhead stays in view, zoomed in: as it plays, and where Home, End, a step or the scrubber puts it.
        playback.timeProperty().addListener((obs, old, now) -> viewport.follow(now.longValue()));
        form = new ScenarioForm(texts, initial);
        engine.set(startEngine);
        // A live real run replaces the trace on screen many times a second; the session follows it.
        playback.indexProperty().addListener((obs, old, index) -> trace.set(index == null ? null : index.trace()));
        prepare(form.lastValid());
        // One per session, as the run is: the views are rebuilt on a language switch, the last
        // export's folder and format stay.
        export = new ExportModel(this);
        // Blanked, the class is asked what comes next: the run waits for them (a real run goes on, at its own
        // pace). So it does behind the keys list, which covers the window: it played on unseen.
        ChangeListener<Boolean> pauseWhenCovered = (obs, was, now) -> {
            if (now) {
                playback.pause();
            }
        };
        blanked.addListener(pauseWhenCovered);
        helpShown.addListener(pauseWhenCovered);
    }

    /**
     * Runs the scenario in the form: simulated, played from the start; or on real threads, shown as
     * it happens (a real run still going is stopped first). Does nothing while a field is wrong.
     */
    public boolean run() {
        Optional<Scenario> scenario = form.scenario();
        scenario.ifPresent(s -> {
            if (engine.get() == EngineKind.REAL) {
                real.start(s);
            } else {
                prepare(s);
                playback.play();
            }
        });
        return scenario.isPresent();
    }

    /**
     * Shows a scenario read from a file, on the file's engine, ready to play at the file's speed; a
     * real run still going is stopped. Returns why the file was refused (in the user's language), or
     * null; a refused file changes nothing.
     */
    public String load(ScenarioFile.Contents contents) {
        Scenario scenario = contents.scenario();
        if (scenario.calls() > Limits.MAX_WINDOW_CALLS) {
            // A delay list sets the number of calls: the file's field at fault is the list, not "calls".
            return scenario.delays() instanceof DelaySpec.Listed listed
                    ? texts.get().problem(Field.DELAYS.key(), new Problem("problem.windowDelays",
                            List.of(listed.ms().size(), Limits.MAX_WINDOW_CALLS)))
                    : texts.get().format("file.windowCalls", Limits.MAX_WINDOW_CALLS);
        }
        real.stop();
        engine.set(EngineKind.parse(contents.engine()).orElse(EngineKind.SIM));
        form.load(scenario);
        playback.speedProperty().set(contents.speed());
        prepare(scenario);
        return null;
    }

    /** The engine of the run on screen, as scenario files name it. */
    public String engineId() {
        return trace.get() == null ? Trace.SIMULATED : trace.get().engine();
    }

    /**
     * Whether the screen shows real threads' lanes before their first run, with nothing yet to play:
     * Space and a clicker's next then start the run, as Run does.
     */
    public boolean waitsForARealRun() {
        Trace shown = trace.get();
        return engine.get() == EngineKind.REAL && !real.isRunning() && shown != null && shown.notBegun();
    }

    /**
     * Whether Run waits for a wrong field to be put right, before the run on screen has begun: the
     * status bar then says so (presenting, that F5 shows the form).
     */
    public boolean waitsForAFix() {
        Moment moment = playback.moment();
        boolean notStarted = moment == null || moment.time() == 0 && !moment.finished() && !playback.isPlaying();
        return !form.validProperty().get() && notStarted && !real.runningProperty().get();
    }

    /** Whether the form holds the settings of the run on screen: nothing typed since it was run. */
    public boolean showsTheSettings() {
        Trace shown = trace.get();
        return form.validProperty().get() && shown != null && form.settingsProperty().get().equals(shown.scenario());
    }

    /**
     * Whether a real run that went to its end is on screen at its end: there a clicker's next (PgDn) runs
     * the program again on real threads, whose order may change; it did nothing, and a clicker has no Enter.
     * A run stopped partway is not one: the next keeps it.
     */
    public boolean atTheEndOfARealRun() {
        Trace shown = trace.get();
        Moment moment = playback.moment();
        return engine.get() == EngineKind.REAL && !real.isRunning() && shown != null && shown.isComplete()
                && !Trace.SIMULATED.equals(shown.engine()) && moment != null && moment.finished();
    }

    /**
     * Runs the program on screen again on real threads, with its settings (not those typed since): at
     * the end of a real run (see {@link #atTheEndOfARealRun}).
     */
    public void runAgain() {
        if (atTheEndOfARealRun()) {
            real.start(trace.get().scenario());
        }
    }

    /** Plays the run on screen again from the start; a real run must have ended first. */
    public void replay() {
        if (!real.isRunning()) {
            playback.restart();
        }
    }

    /** Switches to another program and shows it ready to play, keeping the other settings. */
    public void selectMode(Mode mode) {
        real.stop();
        form.modeProperty().set(mode);
        showAgainOrPrepare(form.scenario().orElse(form.lastValidFor(mode)));
    }

    /**
     * Switches between the simulator and real threads; stops a real run still going and shows the
     * form's scenario ready to run on the chosen engine (on real threads, the last real run of that
     * scenario if there was one: see {@link #showAgainOrPrepare}).
     */
    public void selectEngine(EngineKind kind) {
        if (kind != engine.get()) {
            real.stop();
            engine.set(kind);
            showAgainOrPrepare(form.scenario().orElse(form.lastValid()));
        }
    }

    /**
     * With a wrong value in the form, puts back the run on screen's settings in the wrong fields (Esc
     * in a field, as Esc undoes the latest thing elsewhere); right values not run yet stay.
     */
    public void dropWrongValues() {
        if (!form.validProperty().get() && trace.get() != null) {
            form.dropWrongValues(trace.get().scenario());
        }
    }

    /** Stops a real run still going; what it did so far stays on screen. */
    public void stop() {
        real.stop();
    }

    /** The window is closing: no thread of a real run may outlive it. */
    public void shutdown() {
        real.stop();
    }

    /**
     * Draws a new seed and shows its run, ready to play (on real threads, ready to Run): N and New
     * seed give new delays at once, also presenting, where the form is hidden. While a real run goes,
     * or while a field is wrong, only the form's seed changes.
     */
    public void newSeed() {
        form.newSeed();
        if (!real.runningProperty().get()) {
            form.scenario().ifPresent(this::prepare);
        }
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
                // The view follows the playhead there (see the time listener above).
                playback.seek(current.start(i));
                return;
            }
        }
    }

    /** Picks a lane (or none, with -1): the timeline highlights it and the code shows where it is. */
    public void selectLane(int lane) {
        Trace current = trace.get();
        selectedLane.set(current != null && lane >= 0 && lane < current.laneCount() ? lane : -1);
    }

    /**
     * Back on real threads (E, E), or back to the program, with the scenario of the last real run:
     * that run again, at its end, to set beside the simulation, rather than empty lanes to run anew.
     * Anything else: {@link #prepare}. Opening a file or a new seed always prepares a run to start.
     */
    private void showAgainOrPrepare(Scenario scenario) {
        Trace last = keepTheRealRun();
        if (engine.get() == EngineKind.REAL && last != null && last.scenario().equals(scenario)) {
            selectedLane.set(-1);
            viewport.reset(last.endMicros());
            trace.set(last);
            playback.load(last);
            playback.seek(last.endMicros());
        } else {
            prepare(scenario);
        }
    }

    /** The real run on screen, if one ran, is kept as the last one before something replaces it; returns the last. */
    private Trace keepTheRealRun() {
        Trace shown = trace.get();
        if (shown != null && RealEngine.NAME.equals(shown.engine()) && shown.size() > 0) {
            lastReal = shown;
        }
        return lastReal;
    }

    private void prepare(Scenario scenario) {
        keepTheRealRun();
        boolean real = engine.get() == EngineKind.REAL;
        Trace next = real ? RealRunModel.notYetRun(scenario) : Simulator.run(scenario);
        // A real run not started yet has no events: its axis reaches as far as the run will take at
        // least, as it will once started, rather than a millisecond.
        long horizon = real ? RealRunModel.promisedEnd(scenario) : 0;
        selectedLane.set(-1);
        viewport.reset(Math.max(next.endMicros(), horizon));
        trace.set(next);
        playback.load(next, horizon);
    }

    /**
     * The status bar's line: the run's own status, except before it plays while a field is wrong,
     * when "press Run" would be wrong too: then it says what Run waits for; and, while the simulated
     * run on screen is not playing, that the settings typed are not its own until Run: a student typed
     * 5 calls over 100, pressed Tab and Play, and watched the 100 calls play with nothing saying why.
     */
    public StringBinding status(ObservableStringValue runStatus) {
        return Bindings.createStringBinding(() -> {
            boolean valid = form.validProperty().get();
            if (waitsForAFix()) {
                // Presenting hides the form, and with it the red field.
                return texts.get().format(presenting.get() ? "status.fixField.presenting" : "status.fixField");
            }
            Trace shown = playback.index() == null ? null : playback.index().trace();
            // Read through the property, not form.lastValid(): a property not read since its last change
            // tells no one of the next, and the status kept "Paused at 692 ms" over settings typed after a Run.
            if (valid && shown != null && engine.get() == EngineKind.SIM && !playback.isPlaying()
                    && !form.settingsProperty().get().equals(shown.scenario())) {
                return texts.get().format("status.changed");
            }
            return runStatus.get();
        }, runStatus, form.validProperty(), playback.momentProperty(), playback.playingProperty(), playback.indexProperty(),
                real.runningProperty(), texts, presenting, engine, form.settingsProperty());
    }

    /**
     * The statuses {@link #status} can show with this engine, in the session's language, with their
     * widest numbers (five-digit milliseconds): all of them, or only those with a time in them. The
     * status bar keeps room for them.
     */
    public List<String> statuses(boolean all) {
        Texts t = texts.get();
        String time = t.figure(99_999) + " ms";
        List<String> statuses = new ArrayList<>(List.of(t.format("status.playing", t.number(0.25)),
                t.format("status.slowMotion", t.number(0.25)),
                t.format("status.paused", time), t.format("status.finished", "00.00000s")));
        if (all) {
            statuses.addAll(List.of(t.format("status.ready"), t.format("status.crashed"), t.format("status.fixField"),
                    t.format("status.fixField.presenting"), t.format("status.changed")));
        }
        if (engine.get() == EngineKind.REAL) {
            statuses.addAll(List.of(t.format("status.real.running", time), t.format("status.real.stopped", time)));
            if (all) {
                // A long run says how long it takes at least, up to an hour's in whole seconds (RealRunModel):
                // the bar keeps the lines it may wrap to, so it does not grow as the run starts.
                statuses.addAll(List.of(t.format("status.real.ready"), t.format("status.real.running.long", time, t.duration("59m59s"))));
            }
        }
        return statuses;
    }

    /** The colour theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Presentation mode: full screen, everything larger, scenario controls hidden. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /**
     * How much larger than on a 1280 x 720 screen presentation mode draws everything, for the larger
     * screen it fills: 1 at 1280 x 720, 1.5 at 1920 x 1080, less below 1024 x 720. Not presenting, 1,
     * or less in a window too small for the usual layout, which is drawn smaller by as much.
     */
    public DoubleProperty presentingZoomProperty() {
        return presentingZoom;
    }

    /** The screen blanked (B in presentation mode), to take the class's eyes off it. */
    public BooleanProperty blankedProperty() {
        return blanked;
    }

    /** The overlay listing the keys. */
    public BooleanProperty helpShownProperty() {
        return helpShown;
    }

    private void spanTheRun() {
        if (playback.index() != null) {
            viewport.setSpan(Math.max(playback.index().trace().endMicros(), playback.horizon()));
        }
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

    /** The engine the next run uses. */
    public ReadOnlyObjectProperty<EngineKind> engineProperty() {
        return engine.getReadOnlyProperty();
    }

    /** The Export button's model: what to write, where it went last, what came of it. */
    public ExportModel export() {
        return export;
    }

    public RealRunModel real() {
        return real;
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
