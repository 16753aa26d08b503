package dev.golanes.playback;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * The words and numbers beside the timeline at the current time: the WaitGroup counter, what
 * {@code main} is doing, who holds the mutex and who queues for it, the {@code results} slice, the
 * time so far and the run's status. Each is a binding the side panel shows as it is.
 */
public final class Dashboard {
    private final PlaybackModel playback;
    private final ObservableValue<Texts> texts;
    /** Whether the lists of ids are shortened more (presenting): see {@link #compactListsProperty()}. */
    private final BooleanProperty compactLists = new SimpleBooleanProperty(this, "compactLists");

    public Dashboard(PlaybackModel playback, ObservableValue<Texts> texts) {
        this.playback = playback;
        this.texts = texts;
    }

    public StringBinding wgCounter() {
        return text(m -> t().figure(m.wgCounter()));
    }

    public StringBinding mainState() {
        return text(m -> t().format(playback.emptyProperty().get() ? "panel.main.notStarted"
                : m.finished() ? (trace().exitStatus() != 0 ? "panel.main.stopped" : "panel.main.finished")
                : m.mainWaiting() ? "panel.main.waiting" : "panel.main.running"));
    }

    /**
     * The WaitGroup counter's widest text in the run shown: as many as its calls, each of which adds 1
     * (wg.Add(1) in the loop, or inside the goroutine), for the room it takes beside main's state.
     */
    public StringBinding widestCounter() {
        return Bindings.createStringBinding(() -> trace() == null ? "0" : t().figure(trace().scenario().calls()),
                playback.indexProperty(), texts);
    }

    /** The longest of main's states in this language, for the room they take beside the counter. */
    public String longestMainState() {
        String longest = "";
        for (String state : List.of("notStarted", "running", "waiting", "finished", "stopped")) {
            String text = t().format("panel.main." + state);
            longest = text.length() > longest.length() ? text : longest;
        }
        return longest;
    }

    public StringBinding lockHolder() {
        return text(m -> m.lockHolder() < 0 ? t().format("panel.mutex.nobody") : Scenario.callId(m.lockHolder()));
    }

    public StringBinding lockQueue() {
        return text(m -> {
            if (m.lockQueue().length == 0) {
                return t().format("panel.mutex.nobody");
            }
            return ids(m.lockQueue(), ", ", "", "");
        });
    }

    /** The slice as Go prints it: {@code [id3 id1]}. */
    public StringBinding results() {
        return text(m -> {
            return ids(m.results(), " ", "[", "]");
        });
    }

    /** The slice as Go prints it at the end of the run, for the room it will take. */
    public StringBinding finalResults() {
        return Bindings.createStringBinding(() -> trace() == null ? "" : ids(trace().resultLanes(), " ", "[", "]"),
                playback.indexProperty(), texts, compactLists);
    }

    /** The ids the run loses in the end, for the room they will take. */
    public StringBinding finalLost() {
        return Bindings.createStringBinding(() -> trace() == null || !trace().anyLost() ? t().format("panel.lost.none")
                : ids(trace().lostLanes(), " ", "", ""), playback.indexProperty(), texts, compactLists);
    }

    /** The ids lost to overlapping appends by now (race mode), or "none". */
    public StringBinding lost() {
        return text(m -> {
            if (m.lost().length == 0) {
                return t().format("panel.lost.none");
            }
            return ids(m.lost(), " ", "", "");
        });
    }

    /** Whether no append is lost by now: the lost row then says "none" without alarm. */
    public BooleanBinding nothingLostYet() {
        return Bindings.createBooleanBinding(() -> {
            Moment m = playback.moment();
            return m == null || m.lost().length == 0;
        }, playback.momentProperty());
    }

    /** Whether the program can lose appends (race mode). */
    public BooleanBinding losesAppends() {
        return modeIs(mode -> mode == Mode.RACE);
    }

    /** The playhead's time and the run's length: {@code 1234 / 3500 ms}; in µs for a run under 10 ms. */
    public StringBinding timeReadout() {
        return text(m -> readout(m.time(), playback.index().trace().endMicros()));
    }

    /** {@code 1234 / 3500 ms}, or in µs for a run of microseconds. */
    private String readout(long at, long end) {
        return inMicros() ? t().format("time.readout.micros", t().figure(at), t().figure(end))
                : t().format("time.readout", t().figure(at / 1_000), t().figure(end / 1_000));
    }

    /**
     * The readout at the run's end, its longest: the room it keeps from the start of the run (of a real run
     * still going, the end it is expected to reach, as the time axis does).
     */
    public StringBinding longestTimeReadout() {
        return Bindings.createStringBinding(() -> {
            if (playback.index() == null) {
                return "";
            }
            long end = Math.max(playback.index().trace().endMicros(), playback.horizon());
            return readout(end, end);
        }, playback.indexProperty(), playback.emptyProperty(), playback.horizonProperty(), texts);
    }

    /**
     * Whether times are told in µs: for a run of microseconds that took place (the add-inside
     * pitfall's 5 µs), not for one yet to start or still going. The readout, the clock, the status bar
     * and the playhead agree.
     */
    private boolean inMicros() {
        return playback.index().trace().isMicroRun() && !playback.emptyProperty().get();
    }

    /** A moment of the run as the readout tells it: {@code 1234 ms}, or {@code 3 µs} in a run of microseconds. */
    private String at(long micros) {
        return inMicros() ? t().figure(micros) + " µs" : t().figure(micros / 1_000) + " ms";
    }

    /** The time so far while running ({@code 1234 ms}), then the total as Go prints it. */
    public StringBinding clock() {
        return text(m -> m.finished() ? t().duration(GoDuration.ofMicros(m.time())) : at(m.time()));
    }

    /**
     * The longest texts the clock shows for the run on screen: the time just before the end
     * ({@code 2455 ms}) and the total ({@code 2.455736s}), or for a real run still going the longest
     * they can be within its axis. The rule beside the clock keeps clear of both.
     */
    public ObjectBinding<List<String>> clockAtTheEnd() {
        return Bindings.createObjectBinding(() -> {
            Trace trace = trace();
            if (trace == null) {
                return List.of();
            }
            long end = trace.endMicros();
            if (!trace.isComplete()) {
                // A real run still going: its end is not known, so as long as the axis reaches, in
                // microseconds (8s, the widest digits) as real totals are, so the rule does not move
                // as the run grows.
                end = Math.max(end, playback.horizon()) / 1_000_000 * 1_000_000 + 888_888;
            }
            return List.of(at(end), t().duration(GoDuration.ofMicros(end)));
        }, playback.indexProperty(), playback.emptyProperty(), playback.horizonProperty(), texts);
    }

    /** "Elapsed" while running, "Total time" at the end. */
    public StringBinding clockLabel() {
        return text(m -> t().format(!m.finished() ? "panel.elapsed"
                : trace().scenario().mode().isPitfall() ? "panel.exited" : "panel.total"));
    }

    /** Why the total is what it is, for the current mode. */
    public StringBinding totalRule() {
        return Bindings.createStringBinding(() -> {
            Trace trace = trace();
            if (trace == null) {
                return "";
            }
            // Real threads start one after another: the last sleep to end need not be the longest.
            String key = "panel.total." + trace.scenario().mode().id();
            return t().format(t().has(key + ".real") && !trace.engine().equals(Trace.SIMULATED) ? key + ".real" : key);
        }, playback.indexProperty(), texts);
    }

    /**
     * Whether the run on screen is at its end, where the total is and the rule beside it explains it;
     * mid-run, "= the last Unlock" beside a clock still going would say what is not true yet.
     */
    public BooleanBinding finished() {
        return Bindings.createBooleanBinding(() -> playback.moment() != null && playback.moment().finished(),
                playback.momentProperty());
    }

    /** Whether the program on screen uses a WaitGroup. */
    public BooleanBinding usesWaitGroup() {
        return modeIs(Mode::usesWaitGroup);
    }

    public BooleanBinding usesMutex() {
        return modeIs(Mode::usesMutex);
    }

    public BooleanBinding collectsResults() {
        return modeIs(Mode::collectsResults);
    }

    /** What the status bar says: ready, playing, paused at a time, or finished with the total. */
    public StringBinding status() {
        return Bindings.createStringBinding(() -> {
            Moment m = playback.moment();
            if (m == null) {
                return "";
            }
            if (m.finished()) {
                return t().format(trace().exitStatus() != 0 ? "status.crashed" : "status.finished",
                        t().duration(GoDuration.ofMicros(m.time())));
            }
            if (playback.isPlaying()) {
                // A run of microseconds (Add inside) plays slowed down: the status says so, beside its speed.
                return t().format(playback.isSlowMotion() ? "status.slowMotion" : "status.playing",
                        t().number(playback.speedProperty().get()));
            }
            return m.time() == 0 ? t().format("status.ready") : t().format("status.paused", at(m.time()));
        }, playback.momentProperty(), playback.playingProperty(), playback.speedProperty(), texts);
    }

    /** Lists of up to this many ids are shown whole; longer ones show their ends and how many there are. */
    static final int LISTED = 9;

    /** Presenting, a list of more than this many ids (the tutorial's five calls) is shortened. */
    static final int LISTED_COMPACT = 5;

    /**
     * Whether the lists are shortened to two ids, the first and the last, rather than nine (six and
     * three), once they hold more than {@link #LISTED_COMPACT}. Presenting's large type needs it, or
     * the queue and the slice of 1,000 calls push the program's heading and the clock out of the
     * window (1024 x 768); five calls' lists stay whole.
     */
    public BooleanProperty compactListsProperty() {
        return compactLists;
    }

    /**
     * Ids as Go would print them, shortened when there are many:
     * {@code [id1 id2 … id999 id1000] (1000 ids)}, so a long slice never pushes the panel off screen.
     */
    String ids(int[] lanes, String separator, String open, String close) {
        List<String> names = new ArrayList<>(lanes.length);
        for (int lane : lanes) {
            names.add(Scenario.callId(lane));
        }
        return compactLists.get() ? t().ids(names, LISTED_COMPACT, 1, 1, separator, open, close)
                : t().ids(names, LISTED, separator, open, close);
    }

    private interface MomentText {
        String of(Moment moment);
    }

    private StringBinding text(MomentText format) {
        return Bindings.createStringBinding(() -> {
            Moment m = playback.moment();
            return m == null ? "" : format.of(m);
        }, playback.momentProperty(), texts, compactLists);
    }

    private BooleanBinding modeIs(java.util.function.Predicate<Mode> test) {
        return Bindings.createBooleanBinding(() -> trace() != null && test.test(trace().scenario().mode()),
                playback.indexProperty());
    }

    private Trace trace() {
        return playback.index() == null ? null : playback.index().trace();
    }

    private Texts t() {
        return texts.getValue();
    }
}
