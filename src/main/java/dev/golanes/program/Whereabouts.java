package dev.golanes.program;

import dev.golanes.scenario.Mode;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the goroutines are in the Go program at an instant: which line each lane is on, and how
 * many goroutines are on each line. Derived from the spans that cover the instant, and from main's
 * go statements; a goroutine between steps (not started yet, or finished) is on no line.
 */
public final class Whereabouts {

    /** A goroutine's place: the step it is on, and what it is doing there. */
    public record Place(Step step, Activity activity) {
    }

    /** What a goroutine on a line is doing. */
    public enum Activity {
        SLEEPING, WAITING, HOLDING, APPENDING, WORKING, RUNNING, STARTING,
        /** Where Go stopped the program: the goroutine's line stays marked from then on. */
        FATAL
    }

    /** How many goroutines are on a line, and what the first of them is doing. */
    public record Crowd(int count, Activity activity) {
    }

    private Whereabouts() {
    }

    /** Where lane {@code lane} is at {@code t}, or null when it is on no line. */
    public static Place of(Trace trace, int lane, long t) {
        Place best = null;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            if (trace.start(i) > t) {
                break;
            }
            if (!trace.isSpan(i) || t >= trace.end(i)) {
                continue;
            }
            best = better(best, place(trace, trace.spanKind(i)));
        }
        if (best == null && lane == 0 && isStarting(trace, t)) {
            return STARTING_GOROUTINES;
        }
        return best == null ? fatal(trace, lane, t) : best;
    }

    /**
     * The line where Go stopped the program, for the lane that hit the fatal error, from then on: main
     * in {@code wg.Wait()} when every goroutine was asleep (No Done's deadlock), else the goroutine's
     * {@code m.Unlock()} of a mutex nobody locked. Null for any other lane, or before.
     */
    static Place fatal(Trace trace, int lane, long t) {
        int i = trace.fatalEvent();
        return i < 0 || trace.lane(i) != lane || trace.start(i) > t ? null
                : new Place(lane == 0 ? Step.WG_WAIT : Step.UNLOCK, Activity.FATAL);
    }

    /** main on its {@code go dbCall(i)} line, starting the goroutines. */
    static final Place STARTING_GOROUTINES = new Place(Step.GO, Activity.STARTING);

    /**
     * Whether main is starting the goroutines at {@code t}: from its first {@code go} statement until
     * its next step after the last, as the timeline draws it. A simulated run takes no time over them
     * but in Add inside (a microsecond each); real threads take a while to start.
     */
    static boolean isStarting(Trace trace, long t) {
        Trace.GoStatements go = trace.goStatements();
        return go != null && go.first() <= t && (go.next() >= 0 ? t < go.next() : !trace.isComplete());
    }

    /**
     * How many goroutines are on each line at {@code t}, asking every lane; {@link Crowds} answers
     * the same for a whole run at once.
     */
    public static Map<Step, Crowd> crowds(Trace trace, long t) {
        Map<Step, Crowd> crowds = new EnumMap<>(Step.class);
        for (int lane = 0; lane < trace.laneCount(); lane++) {
            Place place = of(trace, lane, t);
            if (place != null) {
                crowds.merge(place.step(), new Crowd(1, place.activity()),
                        (a, b) -> new Crowd(a.count() + b.count(), a.activity()));
            }
        }
        return crowds;
    }

    /** The place of a goroutine in a span of this kind. */
    static Place place(Trace trace, SpanKind kind) {
        boolean holds = trace.scenario().holdMs() > 0;
        // Only the mutex program holds a lock while it appends; the race and the bad unlock do without.
        boolean racing = !trace.scenario().mode().usesMutex();
        return switch (kind) {
            case SLEEP -> new Place(Step.SLEEP, Activity.SLEEPING);
            case LOCK_WAIT -> new Place(Step.LOCK, Activity.WAITING);
            case WG_WAIT -> new Place(Step.WG_WAIT, Activity.WAITING);
            case CALL -> new Place(Step.CALL, Activity.RUNNING);
            // Unlock without Lock works on the line m.Lock() should have guarded, then appends.
            case LOCK_HELD, APPEND -> new Place(holds ? Step.HOLD : Step.APPEND, !racing ? Activity.HOLDING
                    : holds && trace.scenario().mode() == Mode.DOUBLE_UNLOCK ? Activity.WORKING : Activity.APPENDING);
        };
    }

    /** Of two places a goroutine is in at once, the one it shows: either may be null. */
    static Place better(Place best, Place place) {
        return place != null && (best == null || rank(place) > rank(best)) ? place : best;
    }

    /** A lock wait outranks the append inside a hold, which outranks the hold itself. */
    private static int rank(Place place) {
        return place.activity() == Activity.WAITING ? 3
                : place.activity() == Activity.APPENDING || place.activity() == Activity.WORKING ? 2 : 1;
    }
}
