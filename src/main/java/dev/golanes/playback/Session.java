package dev.golanes.playback;

import dev.golanes.engine.EngineKind;
import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
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
    private final ReadOnlyObjectWrapper<EngineKind> engine = new ReadOnlyObjectWrapper<>(this, "engine", EngineKind.SIM);
    private final RealRunModel real = new RealRunModel(playback, texts);

    public Session(Scenario initial, Locale locale) {
        this(initial, locale, EngineKind.SIM);
    }

    public Session(Scenario initial, Locale locale, EngineKind startEngine) {
        texts.set(Texts.forLocale(locale));
        form = new ScenarioForm(texts, initial);
        engine.set(startEngine);
        // A live real run replaces the trace on screen many times a second; the session follows it.
        playback.indexProperty().addListener((obs, old, index) -> trace.set(index == null ? null : index.trace()));
        prepare(form.lastValid());
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
        prepare(form.scenario().orElse(form.lastValid().withMode(mode)));
    }

    /**
     * Switches between the simulator and real threads; stops a real run still going and shows the
     * form's scenario ready to run on the chosen engine.
     */
    public void selectEngine(EngineKind kind) {
        if (kind != engine.get()) {
            real.stop();
            engine.set(kind);
            prepare(form.scenario().orElse(form.lastValid()));
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

    public void newSeed() {
        form.newSeed();
    }

    public void setLanguage(Locale locale) {
        texts.set(Texts.forLocale(locale));
    }

    private void prepare(Scenario scenario) {
        Trace next = engine.get() == EngineKind.REAL ? RealRunModel.notYetRun(scenario) : Simulator.run(scenario);
        trace.set(next);
        playback.load(next);
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
