package dev.golanes.render;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Moment;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.TotalRule;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The words of the timeline figure for a trace, in one language: legend, title and the note on the total. */
public final class FigureLabels {
    /** A list of ids in the note midway longer than this is cut to its ends and its length, as the side panel's. */
    private static final int LISTED = 9;
    /** A sum with more parts than this is not spelled out. */
    private static final int SPELLED_PARTS = 8;
    /** A delay list longer than this is named by its range in a title. */
    private static final int LISTED_DELAYS = 8;
    /**
     * A sleep that began (or a last sleeper that woke) this late did not run "at the same time" as
     * the others: on real threads starting a thousand goroutines takes a quarter of a second, and
     * sleeps end a little late, so the sleep that ends last is not always the longest one. The
     * concurrent and mutex notes then say what did happen.
     */
    private static final long LATE_START_MICROS = 1_000;

    private FigureLabels() {
    }

    public static TimelinePainter.Labels of(Texts t, Trace trace) {
        Scenario scenario = trace.scenario();
        String engineKey = "figure.engine." + trace.engine();
        String engine = t.has(engineKey) ? t.format(engineKey) : trace.engine();
        return new TimelinePainter.Labels(t.format("legend.sleep"), t.format("legend.lockWait"),
                t.format("legend.lockHeld"), t.format("legend.wgWait"), t.format("legend.call"), t.format("legend.go"),
                // No Done's goroutines return without wg.Done(): "done" would read as if they called it.
                t.format(scenario.mode() == Mode.MISSING_DONE ? "legend.returned" : "legend.done"),
                // Go printed no total when it stopped the program, nor did a real run stopped with Stop: the badge
                // says when that was.
                t.format(trace.fatalError().isEmpty() && trace.isComplete() ? "timeline.total" : "timeline.stopped"),
                t.format("timeline.counter"),
                t.format("timeline.title", t.format("mode." + scenario.mode().id()), Long.toString(scenario.seed()), engine,
                        scenario(t, scenario)), "",
                // Unlock without Lock: the bars are the work the missing m.Lock() should have guarded. Go
                // stops the program at the first m.Unlock(), so most goroutines never reach their append.
                t.format(scenario.mode() == Mode.DOUBLE_UNLOCK ? "legend.unguarded" : "legend.append"),
                t.format("legend.lost"), note(t, trace), t.format("legend.killed"),
                t.format("legend.fatal"), t.format("number.decimal"), t.format("number.grouping"));
    }

    /**
     * What the run was given, for the title of a picture that has no form beside it: "5 calls, 2000 ms
     * each, hold 300 ms" (the hold named as the program uses it: a read-write gap in the race).
     */
    static String scenario(Texts t, Scenario scenario) {
        return given(t, scenario, scenario.mode());
    }

    /**
     * What a run was given, in the words of a picture's title ("5 calls, random delays under 2000 ms,
     * hold 300 ms"), for the command line's line on standard error too: two runs that differ only in
     * their delays must not be announced alike.
     *
     * @param holdAs the program whose use of the hold names it: the comparison names it as the mutex's
     */
    public static String given(Texts t, Scenario scenario, Mode holdAs) {
        return t.withHold(t.format("timeline.scenario", t.calls(scenario.calls()), delays(t, scenario)),
                holdAs, scenario.holdMs());
    }

    /**
     * The delays in words, as the window's form names them: for the comparison's title and a picture's.
     * One call has one delay ("1 call, 2000 ms", not "2000 ms each").
     */
    static String delays(Texts t, Scenario scenario) {
        DelaySpec delays = scenario.delays();
        boolean one = scenario.calls() == 1;
        if (delays instanceof DelaySpec.Random random) {
            return t.format(one ? "compare.delays.random.one" : "compare.delays.random", random.maxMs());
        }
        if (delays instanceof DelaySpec.Fixed fixed) {
            return t.format(one ? "compare.delays.fixed.one" : "compare.delays.fixed", fixed.ms());
        }
        List<Long> listed = ((DelaySpec.Listed) delays).ms();
        if (listed.size() > LISTED_DELAYS) {
            // Thirty delays would fill the title (and in the window wrap it to three lines): their range.
            long least = listed.stream().mapToLong(Long::longValue).min().orElse(0);
            long most = listed.stream().mapToLong(Long::longValue).max().orElse(0);
            return t.format("compare.delays.range", least, most);
        }
        return t.format("compare.delays.listed", listed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /**
     * The program's state at a moment before its end, on one line, for a picture of that moment: who
     * holds the lock and who waits for it, what {@code results} holds and lost, the WaitGroup counter,
     * or in the sequential program the call main runs and those done
     * ("At 2500 ms: id1 holds the lock; id5, id4, id2 wait for it · results [id3] · WaitGroup counter 4").
     */
    public static String state(Texts t, Trace trace, Moment moment) {
        Mode mode = trace.scenario().mode();
        List<String> parts = new ArrayList<>();
        if (mode == Mode.SEQUENTIAL) {
            // No lock, slice or counter: what the lanes show, the call main is in and those done.
            parts.addAll(sequentialState(t, trace, moment.time()));
        }
        if (mode.usesMutex()) {
            String holder = moment.lockHolder() < 0 ? t.format("note.state.free")
                    : t.format("note.state.holds", Scenario.callId(moment.lockHolder()));
            parts.add(moment.lockQueue().length == 0 ? holder
                    : t.format("note.state.queue", holder, t.ids(idList(moment.lockQueue()), LISTED, ", ", "", "")));
        }
        if (mode.collectsResults()) {
            parts.add(t.format("note.state.results", t.ids(idList(moment.results()), LISTED, " ", "[", "]")));
        }
        if (moment.lost().length > 0) {
            parts.add(t.format("note.state.lost", t.ids(idList(moment.lost()), LISTED, ", ", "", "")));
        }
        if (mode.usesWaitGroup()) {
            parts.add(t.format("note.state.counter", moment.wgCounter()));
        }
        String at = trace.isMicroRun() ? t.format("note.state.atMicros", moment.time())
                : t.format("note.state.atMs", moment.time() / 1_000);
        return parts.isEmpty() ? "" : t.format("note.state", at, String.join(" · ", parts));
    }

    /** "main runs dbCall(id3)" and "done: id1, id2" at a moment of a sequential run. */
    private static List<String> sequentialState(Texts t, Trace trace, long time) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < trace.laneSize(0); k++) {
            int i = trace.laneEvent(0, k);
            if (trace.is(i, SpanKind.CALL) && trace.start(i) <= time && time < trace.end(i)) {
                parts.add(t.format("note.state.inCall", Scenario.callId((int) trace.arg(i))));
            }
        }
        List<String> done = new ArrayList<>();
        for (int lane = 1; lane < trace.laneCount(); lane++) {
            if (trace.isFinished(lane) && trace.laneEnd(lane) <= time) {
                done.add(Scenario.callId(lane));
            }
        }
        if (!done.isEmpty()) {
            parts.add(t.format("note.state.done", t.ids(done, LISTED, ", ", "", "")));
        }
        return parts;
    }

    /**
     * What a picture of this moment says in words, its title and its note (or, midway, the state), for
     * a screen reader: the timeline itself is drawn, not text.
     */
    public static String spoken(Texts t, Trace trace, Moment moment) {
        TimelinePainter.Labels labels = of(t, trace);
        String note = moment.finished() ? withResults(t, trace, labels.note()) : state(t, trace, moment);
        return note.isEmpty() ? labels.title() : labels.title() + ". " + note;
    }

    /**
     * The note on the total, and after it the results slice the mutex and race programs print at their
     * end ("· results [id3 id1 id5 id4 id2]"), cut to its ends and its length when long.
     */
    public static String withResults(Texts t, Trace trace, String note) {
        Mode mode = trace.scenario().mode();
        if (note.isEmpty() || !trace.isComplete() || !trace.fatalError().isEmpty()
                || (mode != Mode.MUTEX && mode != Mode.RACE)) {
            return note;
        }
        return note + " · " + t.format("note.state.results", t.ids(trace.results(), LISTED, " ", "[", "]"));
    }

    private static List<String> idList(int[] lanes) {
        List<String> ids = new ArrayList<>();
        for (int lane : lanes) {
            ids.add(Scenario.callId(lane));
        }
        return ids;
    }

    /** Why the total is what it is, with the run's own numbers. */
    public static String note(Texts t, Trace trace) {
        TotalRule rule = TotalRule.of(trace);
        if (!trace.isComplete()) {
            // A real run stopped with Stop (or by a thread's failure): its bars end where each thread was, and a
            // sleep cut short there read as the delay it was given ("id1 · 592 ms" of 2000).
            return trace.isCutShort() ? t.format("note.stopped", t.figure(trace.endMicros() / 1_000)) : "";
        }
        if (rule.kind() == TotalRule.Kind.FATAL) {
            int lane = trace.fatalEvent() < 0 ? 0 : trace.lane(trace.fatalEvent());
            // m.Unlock() without m.Lock() is one goroutine's error: the note names it, as its outline marks it.
            return lane > 0 && trace.scenario().mode() == Mode.DOUBLE_UNLOCK
                    ? t.format("note.fatal.unlock", t.duration(GoDuration.ofMicros(trace.endMicros())), trace.fatalError(),
                            Scenario.callId(lane))
                    : t.format("note.fatal", t.duration(GoDuration.ofMicros(trace.endMicros())), trace.fatalError());
        }
        if (rule.kind() == TotalRule.Kind.RETURNED_EARLY) {
            int killed = 0;
            boolean anyRan = false;
            for (int lane = 1; lane < trace.laneCount(); lane++) {
                killed += trace.wasKilled(lane) ? 1 : 0;
                anyRan |= ran(trace, lane);
            }
            // None ran at all (the usual end in the simulator): none had called wg.Add(1), none had begun.
            String key = anyRan ? "note.earlyExit" : "note.earlyExitNoneRan";
            return killed > 0 ? t.format(key, t.duration(GoDuration.ofMicros(trace.endMicros())), killed)
                    // The seed orders the simulator's goroutines, not real threads, which Java starts at once.
                    : t.format(Trace.SIMULATED.equals(trace.engine()) ? "note.lucky" : "note.luckyReal",
                            t.duration(GoDuration.ofMicros(trace.endMicros())));
        }
        if (rule.kind() != TotalRule.Kind.SUM_OF_SLEEPS && rule.span() < 0) {
            return "";
        }
        String total = t.duration(GoDuration.ofMicros(trace.endMicros()));
        return switch (rule.kind()) {
            case SUM_OF_SLEEPS -> rule.parts() <= SPELLED_PARTS
                    ? t.format("note.sum.spelled", total, sleeps(t, trace))
                    : t.format("note.sum", total, rule.parts());
            case LONGEST_SLEEP -> trace.start(rule.span()) < LATE_START_MICROS
                    ? longest(t, trace, rule, total)
                    : t.format("note.lastSleep", total, Scenario.callId(rule.lane()),
                            trace.start(rule.span()) / 1_000, trace.duration(rule.span()) / 1_000);
            case LAST_UNLOCK -> lastWake(trace) - longestSleep(trace) < LATE_START_MICROS ? unlock(t, trace, rule.lane(), total)
                    : t.format("note.unlockLate", total, Scenario.callId(rule.lane()), lastWake(trace) / 1_000,
                            (trace.endMicros() - lastWake(trace)) / 1_000);
            case LAST_APPEND -> trace.anyLost() ? t.format(trace.lostLanes().length == 1 ? "note.race.one" : "note.race", total,
                    trace.lostLanes().length, trace.laneCount() - 1)
                    : trace.laneCount() == 2 ? t.format("note.raceKept.one", total)
                    // With no gap: 5 ms loses ids when the goroutines wake together (the same delay for each);
                    // woken apart, it takes a longer gap, the 300 ms GoLanes starts with.
                    : t.format(trace.scenario().holdMs() != 0 ? "note.raceKept"
                            : trace.scenario().delays() instanceof DelaySpec.Fixed ? "note.raceKept.noGap"
                            : "note.raceKept.noGap.spread", total, trace.laneCount() - 1);
            default -> "";
        };
    }

    /** The longest sleep, by name; or, where several slept just as long, how many (none is "the" longest). */
    private static String longest(Texts t, Trace trace, TotalRule rule, String total) {
        int tied = TotalRule.tiedSpans(trace, rule).length;
        return tied > 1 ? t.format("note.longest.tied", total, trace.duration(rule.span()) / 1_000, tied)
                : t.format("note.longest", total, Scenario.callId(rule.lane()), trace.duration(rule.span()) / 1_000);
    }

    /** Whether the goroutine of a lane did anything before the program ended: any event but its killing. */
    private static boolean ran(Trace trace, int lane) {
        for (int k = 0; k < trace.laneSize(lane); k++) {
            if (!trace.is(trace.laneEvent(lane, k), MarkKind.KILLED)) {
                return true;
            }
        }
        return false;
    }

    /** The sleeps added up, in order, as the bars write them: 1706 + 145 + 12,929 ms. */
    private static String sleeps(Texts t, Trace trace) {
        StringJoiner parts = new StringJoiner(" + ", "", " ms");
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP)) {
                parts.add(t.figure(trace.duration(i) / 1_000));
            }
        }
        return parts.toString();
    }

    /**
     * The last Unlock's goroutine: its own sleep, then its waits and holds, added up as its bars write
     * them. (On real threads it began a little late: the time the last sleeper woke, 2003 ms, beside its
     * bar's 2002, read as a slip.)
     */
    private static String unlock(Texts t, Trace trace, int lane, String total) {
        long waited = barMillis(trace, lane, SpanKind.LOCK_WAIT);
        long held = barMillis(trace, lane, SpanKind.LOCK_HELD);
        // The tutorial's own program holds the lock for no time: "then 0 ms holding the lock" said nothing.
        String key = waited + held == 0 ? "note.unlock.noHold" : waited == 0 ? "note.unlock.noWait" : "note.unlock";
        return t.format(key, total, Scenario.callId(lane), barMillis(trace, lane, SpanKind.SLEEP), waited + held);
    }

    /** A lane's spans of one kind, in whole ms as their bars write them, added up. */
    private static long barMillis(Trace trace, int lane, SpanKind kind) {
        long millis = 0;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int event = trace.laneEvent(lane, k);
            if (trace.is(event, kind)) {
                millis += trace.duration(event) / 1_000;
            }
        }
        return millis;
    }

    /** When the last sleeper woke: the longest sleep, when every sleep began at the start. */
    private static long lastWake(Trace trace) {
        return mostOfTheSleeps(trace, true);
    }

    private static long longestSleep(Trace trace) {
        return mostOfTheSleeps(trace, false);
    }

    private static long mostOfTheSleeps(Trace trace, boolean ends) {
        long most = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP)) {
                most = Math.max(most, ends ? trace.end(i) : trace.duration(i));
            }
        }
        return most;
    }
}
