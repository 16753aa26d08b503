package dev.golanes.playback;

import dev.golanes.engine.LineSink;
import dev.golanes.engine.RealEngine;
import dev.golanes.engine.Simulator;
import dev.golanes.trace.GoDuration;
import dev.golanes.engine.ThreadKind;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * A run on real threads, shown live: {@link #start} starts it and returns, {@link #tick} (once
 * per frame) shows the events that have arrived, with the playhead at the time since the start,
 * and once every thread has ended shows the final trace, ready to replay, scrub and step like a
 * simulated run. {@link #stop} interrupts the run and keeps what it did so far. Nothing here
 * waits for a thread, so the window never freezes.
 */
public final class RealRunModel {
    /** At most about this share of the time goes into snapshots: with thousands of calls one costs a few ms. */
    private static final int SNAPSHOT_COST_SHARE = 4;
    /** However slow one snapshot was (the first, before the JIT), the next comes this soon. */
    private static final long MAX_SNAPSHOT_GAP_NANOS = 100_000_000;

    private final PlaybackModel playback;
    private final ObservableValue<Texts> texts;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final LineSink sink;
    private RealEngine engine;
    private long horizon;
    /** A real run that takes at least this long, in microseconds, says so while it goes. */
    static final long LONG_RUN = 10_000_000;
    private long nextSnapshotNanos;
    /** The final trace of a run that failed (the system refused a thread, say), and why; null otherwise. */
    private Trace failedTrace;
    private Throwable failure;

    public RealRunModel(PlaybackModel playback, ObservableValue<Texts> texts) {
        this(playback, texts, LineSink.NONE);
    }

    /** For tests: {@code sink} gets the lines the run prints; one that throws makes the run fail. */
    RealRunModel(PlaybackModel playback, ObservableValue<Texts> texts, LineSink sink) {
        this.playback = playback;
        this.texts = texts;
        this.sink = sink;
    }

    /** A real run of this scenario that has not started yet: its lanes, and nothing on them. */
    public static Trace notYetRun(Scenario scenario) {
        return new TraceBuilder(scenario, RealEngine.NAME).build(0, false);
    }

    /**
     * How long a real run of this scenario takes at least: the simulated total, what Go's rules promise.
     * The time axis reaches that far before the run and while it goes, so it does not stretch every frame.
     */
    public static long promisedEnd(Scenario scenario) {
        return Simulator.run(scenario).endMicros();
    }

    /** Stops a run still going, then starts this one on real threads and shows it as it happens. */
    public void start(Scenario scenario) {
        stop();
        horizon = promisedEnd(scenario);
        engine = RealEngine.start(scenario, sink);
        running.set(true);
        nextSnapshotNanos = 0;
        tick();
    }

    /** Shows the run as it stands now; once it has ended, its final trace, paused at the end. */
    public void tick() {
        if (!running.get()) {
            return;
        }
        if (engine.hasEnded()) {
            showFinal();
            return;
        }
        long now = System.nanoTime();
        if (now >= nextSnapshotNanos) {
            playback.follow(engine.snapshot(), horizon);
            nextSnapshotNanos = now + Math.min(MAX_SNAPSHOT_GAP_NANOS, (System.nanoTime() - now) * SNAPSHOT_COST_SHARE);
        }
    }

    /** Interrupts the run, if one is going; what it did so far stays on screen. Returns at once. */
    public void stop() {
        if (running.get()) {
            engine.cancel();
            showFinal();
        }
    }

    private void showFinal() {
        Trace last = engine.snapshot();
        Throwable cause = engine.failure().orElse(null);
        failedTrace = cause == null ? null : last;
        failure = cause;
        running.set(false);
        playback.load(last);
        playback.seek(last.endMicros());
    }

    /** Why a run failed, in words: a thread the system refused is said in the user's language. */
    private static String why(Throwable cause, Texts t) {
        if (cause instanceof OutOfMemoryError) {
            return t.format("status.real.failed.threads");
        }
        String name = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? name : name + ": " + cause.getMessage();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The engine of the latest real run, or null before the first. */
    public RealEngine engine() {
        return engine;
    }

    /**
     * The status line: how long the real run has been going, or that it was stopped, or
     * {@code otherwise} (the playback's own status) for anything else on screen.
     */
    public StringBinding status(ObservableStringValue otherwise) {
        return Bindings.createStringBinding(() -> {
            Trace trace = shown();
            Texts t = texts.getValue();
            if (running.get()) {
                // A long run (mutex with 1000 calls: five minutes) says how long it takes at least, or its
                // first seconds, bars a few pixels wide on that axis, look like nothing is happening.
                // In whole seconds, down: "at least 20s", not "at least 20.000027s".
                return horizon >= LONG_RUN ? t.format("status.real.running.long", millis(t, playback.time()),
                        t.duration(GoDuration.ofMicros(horizon / 1_000_000 * 1_000_000)))
                        : t.format("status.real.running", millis(t, playback.time()));
            }
            if (trace != null && trace == failedTrace) {
                return t.format("status.real.failed", millis(t, trace.endMicros()), why(failure, t));
            }
            // A stopped run played back says so where it was stopped; before that, as any run: ready at 0 (Space
            // plays it), playing, or paused.
            boolean replaying = trace != null && playback.time() < trace.endMicros();
            if (trace != null && isReal(trace) && !trace.isComplete() && !(replaying && trace.size() > 0)) {
                return trace.size() == 0 ? t.format("status.real.ready") : t.format("status.real.stopped", millis(t, trace.endMicros()));
            }
            return otherwise.get();
        }, running, playback.timeProperty(), playback.indexProperty(), texts, otherwise);
    }

    /** Under the status: the seed, the engine, the number of calls and the hold. */
    public StringBinding runInfo() {
        return Bindings.createStringBinding(() -> {
            Trace trace = shown();
            if (trace == null) {
                return "";
            }
            Texts t = texts.getValue();
            String seed = Long.toString(trace.scenario().seed());
            // The hold too: presenting, the form that shows it is hidden.
            return t.format(isReal(trace) ? "status.run.real" : "status.run", seed, t.callsAndHold(trace.scenario()));
        }, playback.indexProperty(), texts);
    }

    /**
     * A text about the engine chosen, naming the kind of thread and the Java version: the hint
     * for the engine on screen ({@code key} null), or the text of one key.
     */
    public StringBinding engineText(String key) {
        return Bindings.createStringBinding(() -> {
            Texts t = texts.getValue();
            Trace trace = shown();
            // Sequential starts no thread: main's own calls each dbCall in turn, in no scheduler's order.
            String wanted = key != null ? key
                    : trace != null && isReal(trace) ? "engine.real.hint."
                            + (trace.scenario().mode() == Mode.SEQUENTIAL ? "sequential" : threadKind().id())
                    : "engine.sim.hint";
            return t.format(wanted, t.format("thread." + threadKind().id()), Runtime.version().feature());
        }, playback.indexProperty(), texts);
    }

    /** The kind of thread real runs use on this JDK. */
    public ThreadKind threadKind() {
        return engine != null ? engine.threadKind() : ThreadKind.best();
    }

    private Trace shown() {
        return playback.index() == null ? null : playback.index().trace();
    }

    private static boolean isReal(Trace trace) {
        return RealEngine.NAME.equals(trace.engine());
    }

    private static String millis(Texts t, long micros) {
        return t.figure(micros / 1_000) + " ms";
    }
}
