package dev.golanes.playback;

import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Plays a trace on a model clock: the current time, whether it is playing, and how fast. The clock
 * advances only through {@link #tick(long)}, which the window calls once per frame with the frame's
 * time, so a 2-second sleep takes 2 seconds on screen at 1x and tests can drive time exactly.
 * Everything shown is derived from the {@link Moment} at the current time, whichever way it was reached.
 */
public final class PlaybackModel {
    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10;
    /**
     * A run shorter than this plays in slow motion, over {@link #SLOW_MOTION_MICROS} at 1x: Add inside
     * lasts a few microseconds, and Play ended it before anything could be seen.
     */
    public static final long SHORT_RUN_MICROS = 100_000;
    public static final long SLOW_MOTION_MICROS = 3_000_000;
    /** The speeds the faster and slower commands step through. */
    public static final List<Double> SPEED_STEPS = List.of(0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0);

    private final ReadOnlyObjectWrapper<TraceIndex> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ReadOnlyLongWrapper time = new ReadOnlyLongWrapper(this, "time");
    /** Whether the playhead has left the start since the trace was loaded. */
    private boolean moved;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ReadOnlyObjectWrapper<Moment> moment = new ReadOnlyObjectWrapper<>(this, "moment");
    private final ObservableList<String> console = FXCollections.observableArrayList();
    private final ObservableList<String> consoleView = FXCollections.unmodifiableObservableList(console);
    private final BooleanBinding atEnd;
    private final BooleanBinding empty;
    private final ReadOnlyLongWrapper horizon = new ReadOnlyLongWrapper(this, "horizon");
    /** How many steps have been taken (forward or back): a view that follows the steps listens to it. */
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps");
    private long lastPulse = -1;
    private double carry;

    public PlaybackModel() {
        speed.addListener((obs, old, value) -> {
            double clamped = Math.max(MIN_SPEED, Math.min(MAX_SPEED, value.doubleValue()));
            if (clamped != value.doubleValue()) {
                speed.set(clamped);
            }
        });
        atEnd = Bindings.createBooleanBinding(
                () -> index.get() == null || time.get() >= index.get().trace().endMicros(), index, time);
        empty = Bindings.createBooleanBinding(() -> index.get() == null || index.get().trace().size() == 0, index);
        time.addListener((obs, old, value) -> {
            moved |= value.longValue() != 0;
            refresh();
        });
        index.addListener((obs, old, value) -> refresh());
    }

    /** Shows a new trace from its start, paused. */
    public void load(Trace trace) {
        load(trace, 0);
    }

    /** Shows a new trace from its start, paused, on a time axis that reaches at least {@code horizonMicros}. */
    public void load(Trace trace, long horizonMicros) {
        playing.set(false);
        live.set(false);
        time.set(0);
        moved = false;
        horizon.set(horizonMicros);
        console.clear();
        index.set(new TraceIndex(trace));
    }

    /**
     * Shows a run that is still going on, at its latest instant: a snapshot of a live real run.
     * The model clock stays out of it (the run's own clock moves the time); the console keeps its
     * lines and gains the new ones, as later snapshots only add to earlier ones.
     *
     * @param horizonMicros how far the time axis should reach at least, so it does not stretch
     *                      with every frame while the run is young (the simulated total, say)
     */
    public void follow(Trace snapshot, long horizonMicros) {
        playing.set(false);
        live.set(true);
        horizon.set(horizonMicros);
        index.set(new TraceIndex(snapshot));
        time.set(snapshot.endMicros());
    }

    public void play() {
        if (empty.get() || live.get()) {
            // A real run not started yet has nothing to play; one under way moves on its own clock
            // (the Play button is disabled too).
            return;
        }
        if (atEnd.get()) {
            time.set(0);
        }
        lastPulse = -1;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Back to the start, playing. */
    public void restart() {
        seek(0);
        play();
    }

    /** Moves the playhead to {@code micros}, clamped to the run; keeps playing if it was. */
    public void seek(long micros) {
        if (index.get() == null || live.get()) {
            return;
        }
        lastPulse = -1;
        carry = 0;
        time.set(Math.max(0, Math.min(micros, index.get().trace().endMicros())));
    }

    /** Pauses and moves to the next instant at which something happens. */
    public void stepForward() {
        if (index.get() != null && !live.get()) {
            pause();
            seek(index.get().nextEventAfter(time.get()));
            steps.set(steps.get() + 1);
        }
    }

    /** Pauses and moves to the previous instant at which something happens. */
    public void stepBackward() {
        if (index.get() != null && !live.get()) {
            pause();
            seek(index.get().previousEventBefore(time.get()));
            steps.set(steps.get() + 1);
        }
    }

    /** One step faster; not while a live run shows, which goes at its own pace (the speed box is disabled then). */
    public void faster() {
        if (live.get()) {
            return;
        }
        speed.set(SPEED_STEPS.stream().filter(s -> s > speed.get() + 1e-9).findFirst().orElse(MAX_SPEED));
    }

    /** One step slower; not while a live run shows. */
    public void slower() {
        if (live.get()) {
            return;
        }
        double current = speed.get();
        double slower = MIN_SPEED;
        for (double step : SPEED_STEPS) {
            if (step < current - 1e-9) {
                slower = step;
            }
        }
        speed.set(slower);
    }

    /**
     * Advances the clock to a frame at {@code pulseNanos} (any monotonic clock, such as the
     * animation pulse): by the real time since the previous frame, times the speed.
     */
    public void tick(long pulseNanos) {
        if (!playing.get()) {
            lastPulse = -1;
            return;
        }
        if (lastPulse >= 0) {
            long end = index.get().trace().endMicros();
            double pace = isSlowMotion() ? end / (double) SLOW_MOTION_MICROS : 1;
            double micros = (pulseNanos - lastPulse) / 1_000.0 * speed.get() * pace + carry;
            long whole = (long) micros;
            carry = micros - whole;
            long next = Math.min(end, time.get() + whole);
            time.set(next);
            if (next >= end) {
                playing.set(false);
            }
        }
        lastPulse = pulseNanos;
    }

    /**
     * Whether the run shown plays in slow motion: it is shorter than {@link #SHORT_RUN_MICROS}, and
     * at 1x it takes {@link #SLOW_MOTION_MICROS} instead (a live run goes at its own pace).
     */
    public boolean isSlowMotion() {
        TraceIndex shown = index.get();
        long end = shown == null ? 0 : shown.trace().endMicros();
        return !live.get() && end > 0 && end < SHORT_RUN_MICROS;
    }

    public ReadOnlyObjectProperty<TraceIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public TraceIndex index() {
        return index.get();
    }

    /** The current time in microseconds since {@code main} started. */
    /** Whether the playhead has left the start since the run on screen was loaded: false until it is played, stepped or scrubbed. */
    public boolean hasMoved() {
        return moved;
    }

    /** Counts the steps taken, forward or back, the time of each being {@link #time()} after it. */
    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public long time() {
        return time.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanBinding atEndProperty() {
        return atEnd;
    }

    /** Whether there is nothing to play: a real run not started yet has recorded nothing. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /**
     * Whether a run still going on shows ({@link #follow}): its own clock moves the playhead, so
     * playing, seeking, stepping and the speed wait until it has ended and is {@link #load loaded}.
     */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public boolean isLive() {
        return live.get();
    }

    /** How far the time axis reaches at least; 0 when the trace's own end is the axis' end. */
    public ReadOnlyLongProperty horizonProperty() {
        return horizon.getReadOnlyProperty();
    }

    public long horizon() {
        return horizon.get();
    }

    /** The state at the current time. */
    public ReadOnlyObjectProperty<Moment> momentProperty() {
        return moment.getReadOnlyProperty();
    }

    public Moment moment() {
        return moment.get();
    }

    /** The console lines printed by the current time. */
    public ObservableList<String> console() {
        return consoleView;
    }

    private void refresh() {
        TraceIndex current = index.get();
        if (current == null) {
            moment.set(null);
            console.clear();
            return;
        }
        Moment now = current.at(time.get());
        List<String> printed = current.trace().console();
        if (now.printedLines() < console.size()) {
            console.remove(now.printedLines(), console.size());
        } else if (now.printedLines() > console.size()) {
            console.addAll(printed.subList(console.size(), now.printedLines()));
        }
        moment.set(now);
    }
}
