package dev.golanes.trace;

import dev.golanes.scenario.Scenario;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one run did, frozen: events in the order they started (ties in the order they
 * happened), with the scenario that produced them. Stored as columns so a million calls fit in
 * memory; {@link #event(int)} hands out records for code that prefers them.
 */
public final class Trace {
    /** The engine name of the deterministic simulator. */
    public static final String SIMULATED = "sim";

    /**
     * The raw columns: entries 0 to {@code size - 1} are the events; the arrays may be longer.
     * The lines of the events in {@code withId} go on with their lane's call id; the spans in
     * {@code cut} were cut short when the program ended under them.
     */
    record Columns(byte[] code, int[] lane, long[] start, long[] duration, long[] arg, String[] text,
                   java.util.BitSet withId, java.util.BitSet cut, int size) {
    }

    private final Scenario scenario;
    private final String engine;
    private final Columns columns;
    private final long endMicros;
    private final boolean complete;
    // Derived on first use, as the command line prints a million calls without needing any of them.
    // Two threads may both derive one; each gets a whole copy, and the volatile write publishes it.
    private volatile LaneIndex laneIndex;
    private volatile Console console;
    private volatile AppendReplay appends;
    /** Whether any append was overwritten, worked out once (the legend asks at every frame). */
    private volatile Boolean anyLost;
    /** What the trace holds, worked out once (the legend asks at every frame). */
    private volatile Contents contents;
    /** The index of the fatal error's mark, -1 if none; {@link #NOT_LOOKED_UP} before the first look. */
    private volatile int fatalEvent = NOT_LOOKED_UP;
    private static final int NOT_LOOKED_UP = -2;
    /** main's go statements, worked out once (the timeline asks at every frame); NONE when it has none. */
    private volatile GoStatements goStatements;

    /**
     * main starting the goroutines: its first {@code go} statement, its last, and its next step after
     * the last ({@code next}, -1 while a run still going has none yet), which the last statement lasts
     * until. What happens between them (real threads' {@code wg.Add(1)}) is part of the stretch.
     */
    public record GoStatements(long first, long last, long next) {
        private static final GoStatements NONE = new GoStatements(-1, -1, -1);

        /** Where the stretch ends: main's next step, or the last statement while there is none. */
        public long end() {
            return Math.max(last, next);
        }
    }

    /** The kinds of span and mark the trace holds, and whether some goroutine finished. */
    private record Contents(Set<SpanKind> spans, Set<MarkKind> marks, boolean anyFinished) {
    }

    /** Each lane's events, in start order: {@code events[offsets[lane]]} to {@code events[offsets[lane + 1] - 1]}. */
    private record LaneIndex(int[] offsets, int[] events) {
    }

    /** The printed lines, and which of them went to standard error. */
    private record Console(List<String> lines, java.util.BitSet errors) {
    }

    Trace(Scenario scenario, String engine, Columns columns, long endMicros, boolean complete) {
        this.scenario = scenario;
        this.engine = engine;
        this.columns = columns;
        this.endMicros = endMicros;
        this.complete = complete;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** {@value #SIMULATED} or {@code real}. */
    public String engine() {
        return engine;
    }

    /** When the program ended, or for a live run the time of this snapshot. */
    public long endMicros() {
        return endMicros;
    }

    /**
     * Whether the run took microseconds, not milliseconds (the Add-inside pitfall's 5 µs): a run that
     * has ended within 10 ms, told in µs on the clocks, the play bar and the playhead. A real run still
     * going is not, though its first snapshots end that early.
     */
    public boolean isMicroRun() {
        return complete && endMicros < 10_000;
    }

    /** Whether the run is over; a live snapshot is not. */
    public boolean isComplete() {
        return complete;
    }

    /**
     * Whether this is a real run cut short: stopped with Stop (or by a thread's failure) after it began,
     * or the newest snapshot of one still going. Its lanes end where each thread was.
     */
    public boolean isCutShort() {
        return !complete && size() > 0 && !SIMULATED.equals(engine);
    }

    /**
     * Whether the run has not begun: no event yet, and not over (real threads' lanes before their first
     * run; a simulated trace is complete from the start).
     */
    public boolean notBegun() {
        return size() == 0 && !complete;
    }

    /** {@code main} plus one lane per call. */
    public int laneCount() {
        return scenario.calls() + 1;
    }

    /** {@code main} or {@code dbCall(idN)}. */
    public static String laneName(int lane) {
        return lane == 0 ? "main" : "dbCall(" + Scenario.callId(lane) + ")";
    }

    public int size() {
        return columns.size();
    }

    public boolean isSpan(int i) {
        return columns.code()[i] >= 0;
    }

    /**
     * Whether span {@code i} was cut short: the program ended (or the run was stopped) while its
     * goroutine was still in it. A cut append never wrote.
     */
    public boolean isCut(int i) {
        return columns.cut().get(i);
    }

    /** The span kind of event {@code i}; only for spans. */
    public SpanKind spanKind(int i) {
        return SpanKind.values()[columns.code()[i]];
    }

    /** The mark kind of event {@code i}; only for marks. */
    public MarkKind markKind(int i) {
        return MarkKind.values()[-1 - columns.code()[i]];
    }

    public boolean is(int i, SpanKind kind) {
        return columns.code()[i] == kind.ordinal();
    }

    public boolean is(int i, MarkKind kind) {
        return columns.code()[i] == TraceBuilder.markCode(kind);
    }

    public int lane(int i) {
        return columns.lane()[i];
    }

    public long start(int i) {
        return columns.start()[i];
    }

    /** Duration of a span, {@link TraceEvent.Span#OPEN} if it has not ended; 0 for marks. */
    public long duration(int i) {
        return columns.duration()[i];
    }

    /** Where event {@code i} ends; an open span ends at {@link Long#MAX_VALUE}. */
    public long end(int i) {
        long d = columns.duration()[i];
        return d == TraceEvent.Span.OPEN ? Long.MAX_VALUE : columns.start()[i] + d;
    }

    public long arg(int i) {
        return columns.arg()[i];
    }

    /** The printed line of a print event, else null. */
    public String text(int i) {
        String text = columns.text()[i];
        return columns.withId().get(i) ? text + Scenario.callId(lane(i)) : text;
    }

    public TraceEvent event(int i) {
        if (isSpan(i)) {
            return new TraceEvent.Span(lane(i), spanKind(i), start(i), duration(i), arg(i));
        }
        String line = text(i);
        return new TraceEvent.Mark(lane(i), markKind(i), start(i), arg(i), line == null ? "" : line);
    }

    /** All events as records, in trace order. */
    public List<TraceEvent> events() {
        return new AbstractList<>() {
            @Override
            public TraceEvent get(int index) {
                return event(index);
            }

            @Override
            public int size() {
                return Trace.this.size();
            }
        };
    }

    /** How many events lane {@code lane} has. */
    public int laneSize(int lane) {
        int[] offsets = laneIndex().offsets();
        return offsets[lane + 1] - offsets[lane];
    }

    /** The trace index of the {@code k}-th event of a lane, in start order. */
    public int laneEvent(int lane, int k) {
        LaneIndex index = laneIndex();
        return index.events()[index.offsets()[lane] + k];
    }

    /** Every printed line, in the order printed: the program's standard output and its errors. */
    public List<String> console() {
        return printed().lines();
    }

    /** Whether console line {@code index} went to standard error (Go's fatal errors do). */
    public boolean isError(int index) {
        return printed().errors().get(index);
    }

    /**
     * The first console line of what the run ends with on standard error (Go's fatal error and its
     * trace), or -1 when its last line is not an error.
     */
    public int fatalErrorLine() {
        int last = console().size() - 1;
        if (last < 0 || !isError(last)) {
            return -1;
        }
        int first = last;
        while (first > 0 && isError(first - 1)) {
            first--;
        }
        return first;
    }

    /** The exit status: 0 when {@code main} returned, 2 when Go stopped the program. */
    public int exitStatus() {
        for (int i = size() - 1; i >= 0; i--) {
            if (is(i, MarkKind.EXIT)) {
                return (int) arg(i);
            }
        }
        return 0;
    }

    /** Go's fatal error, if it stopped the program: the first line it printed; else empty. */
    public String fatalError() {
        int i = fatalEvent();
        return i < 0 ? "" : text(i);
    }

    /** The index of the mark where Go stopped the program with a fatal error, or -1. */
    public int fatalEvent() {
        int found = fatalEvent;
        if (found == NOT_LOOKED_UP) {
            found = -1;
            for (int i = 0; i < size() && found < 0; i++) {
                if (is(i, MarkKind.FATAL)) {
                    found = i;
                }
            }
            fatalEvent = found;
        }
        return found;
    }

    /** main's go statements, or null when it starts no goroutine (the sequential program). */
    public GoStatements goStatements() {
        GoStatements found = goStatements;
        if (found == null) {
            long first = -1;
            long last = -1;
            long next = -1;
            for (int k = 0; k < laneSize(0); k++) {
                int i = laneEvent(0, k);
                if (is(i, MarkKind.GO)) {
                    first = first < 0 ? start(i) : first;
                    last = start(i);
                    next = -1;
                } else if (first >= 0 && next < 0) {
                    next = start(i);
                }
            }
            found = first < 0 ? GoStatements.NONE : new GoStatements(first, last, next);
            goStatements = found;
        }
        return found == GoStatements.NONE ? null : found;
    }

    /** Whether the goroutine of a lane was killed when the program ended. */
    public boolean wasKilled(int lane) {
        for (int k = 0; k < laneSize(lane); k++) {
            if (is(laneEvent(lane, k), MarkKind.KILLED)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the program's output ends with a newline. The tutorial's sequential and concurrent
     * programs end with {@code fmt.Printf("\nTotal execution time: %v", ...)}, which does not.
     */
    public boolean outputEndsWithNewline() {
        for (int i = size() - 1; i >= 0; i--) {
            if (is(i, MarkKind.PRINT) && (arg(i) & MarkKind.STDERR) == 0) {
                return (arg(i) & MarkKind.NEWLINE) != 0;
            }
        }
        return false;
    }

    /** The final {@code results} slice, as ids. Empty when the program does not append. */
    public List<String> results() {
        int[] lanes = finalResultLanes();
        List<String> ids = new ArrayList<>(lanes.length);
        for (int lane : lanes) {
            ids.add(dev.golanes.scenario.Scenario.callId(lane));
        }
        return ids;
    }

    /**
     * The lanes that appended but whose ids are not in the final {@code results}: lost to
     * overlapping appends (race mode). Empty for a correct program.
     */
    public int[] lostLanes() {
        return lostLanesAt(Long.MAX_VALUE, finalResultLanes());
    }

    /** Whether any call's append was overwritten: {@link #lostLanes()} is not empty. */
    public boolean anyLost() {
        Boolean lost = anyLost;
        if (lost == null) {
            lost = lostLanes().length > 0;
            anyLost = lost;
        }
        return lost;
    }

    /** Whether this kind of span is in the trace (the figure draws even one of no time, as a sliver). */
    public boolean has(SpanKind kind) {
        return contents().spans().contains(kind);
    }

    /** Whether this kind of mark happens in the trace. */
    public boolean has(MarkKind kind) {
        return contents().marks().contains(kind);
    }

    /** Whether some goroutine ran to its end: see {@link #isFinished(int)}. */
    public boolean anyFinished() {
        return contents().anyFinished();
    }

    /** When the last step of a lane ends (0 for a lane with none). */
    public long laneEnd(int lane) {
        long end = 0;
        for (int k = 0; k < laneSize(lane); k++) {
            end = Math.max(end, end(laneEvent(lane, k)));
        }
        return end;
    }

    /**
     * Whether the goroutine of a lane ran to its end: it has steps, none of them still going (a
     * real run in progress, or stopped), and it was not killed with the program.
     */
    public boolean isFinished(int lane) {
        if (laneSize(lane) == 0 || wasKilled(lane)) {
            return false;
        }
        for (int k = 0; k < laneSize(lane); k++) {
            int i = laneEvent(lane, k);
            if (isSpan(i) && duration(i) == TraceEvent.Span.OPEN) {
                return false;
            }
        }
        return true;
    }

    private Contents contents() {
        Contents found = contents;
        if (found == null) {
            Set<SpanKind> spans = EnumSet.noneOf(SpanKind.class);
            Set<MarkKind> marks = EnumSet.noneOf(MarkKind.class);
            for (int i = 0; i < size(); i++) {
                if (isSpan(i)) {
                    spans.add(spanKind(i));
                } else {
                    marks.add(markKind(i));
                }
            }
            boolean anyFinished = false;
            for (int lane = 1; lane < laneCount() && !anyFinished; lane++) {
                anyFinished = isFinished(lane);
            }
            found = new Contents(Collections.unmodifiableSet(spans), Collections.unmodifiableSet(marks), anyFinished);
            contents = found;
        }
        return found;
    }

    /** The lanes whose append finished by {@code t} but whose id is not in {@code slice}, in lane order. */
    public int[] lostLanesAt(long t, int[] slice) {
        return appends().lostAt(t, slice);
    }

    /** The lanes whose ids are in the final {@code results}, in slice order. */
    public int[] resultLanes() {
        return finalResultLanes().clone();
    }

    private int[] finalResultLanes() {
        return appends().sliceAt(Long.MAX_VALUE);
    }

    private AppendReplay appends() {
        AppendReplay replay = appends;
        if (replay == null) {
            replay = AppendReplay.of(this);
            appends = replay;
        }
        return replay;
    }

    private LaneIndex laneIndex() {
        LaneIndex index = laneIndex;
        if (index == null) {
            int[] offsets = new int[laneCount() + 1];
            index = new LaneIndex(offsets, indexByLane(columns.lane(), columns.size(), laneCount(), offsets));
            laneIndex = index;
        }
        return index;
    }

    private Console printed() {
        Console lines = console;
        if (lines == null) {
            java.util.BitSet errors = new java.util.BitSet();
            lines = new Console(collectPrints(errors), errors);
            console = lines;
        }
        return lines;
    }

    /**
     * The {@code results} slice as it stands at time {@code t}: every append that finished by then,
     * each writing its id at the length it read. Appends that overlap overwrite each other.
     */
    public int[] resultLanesAt(long t) {
        return appends().sliceAt(t);
    }

    private static int[] indexByLane(int[] lanes, int size, int laneCount, int[] offsets) {
        for (int i = 0; i < size; i++) {
            offsets[lanes[i] + 1]++;
        }
        for (int i = 0; i < laneCount; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] cursor = Arrays.copyOf(offsets, laneCount);
        int[] events = new int[size];
        for (int i = 0; i < size; i++) {
            events[cursor[lanes[i]]++] = i;
        }
        return events;
    }

    private List<String> collectPrints(java.util.BitSet errors) {
        List<String> lines = new ArrayList<>();
        byte print = TraceBuilder.markCode(MarkKind.PRINT);
        byte[] code = columns.code();
        for (int i = 0; i < columns.size(); i++) {
            if (code[i] == print) {
                if ((columns.arg()[i] & MarkKind.STDERR) != 0) {
                    errors.set(lines.size());
                }
                lines.add(text(i));
            }
        }
        return Collections.unmodifiableList(lines);
    }
}
