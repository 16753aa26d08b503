package dev.golanes.program;

import dev.golanes.program.Whereabouts.Crowd;
import dev.golanes.program.Whereabouts.Place;
import dev.golanes.trace.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many goroutines are on each line of the program at any instant of one run, worked out once:
 * a lane changes its line only where one of its spans starts or ends, so the counts are kept as
 * steps over time and found by binary search, instead of asking every lane where it is at every
 * frame ({@link Whereabouts#crowds} does that, and gives the same answers).
 */
public final class Crowds {
    private static final Step[] STEPS = Step.values();

    /** The instants at which some count changes, sorted, without repeats. */
    private final long[] times;
    /** {@code counts[step][k]}: goroutines on that line from {@code times[k]} on; null for a line nobody visits. */
    private final int[][] counts;
    /** What goroutines on each line are doing: in one run, a line always means the same activity... */
    private final Whereabouts.Activity[] activities = new Whereabouts.Activity[STEPS.length];
    /** ...but where Go stopped the program, from then on (null if it ran to its end). */
    private final Place stopped;
    private final long stoppedAt;

    private Crowds(Trace trace) {
        List<long[]> changes = new ArrayList<>();
        for (int lane = 0; lane < trace.laneCount(); lane++) {
            placeChanges(trace, lane, changes);
        }
        // main on its go line, between spans of its own (Whereabouts places it there only then).
        Trace.GoStatements go = trace.goStatements();
        if (go != null && go.next() > go.first()) {
            Place starting = Whereabouts.STARTING_GOROUTINES;
            changes.add(new long[] {go.first(), starting.step().ordinal(), 1});
            changes.add(new long[] {go.next(), starting.step().ordinal(), -1});
            activities[starting.step().ordinal()] = starting.activity();
        }
        // The line where Go stopped the program stays marked to the end, after every span has ended: the one
        // line whose activity changes, from main's wait to the fatal error in No Done.
        int fatal = trace.fatalEvent();
        this.stopped = fatal < 0 ? null : Whereabouts.fatal(trace, trace.lane(fatal), trace.start(fatal));
        this.stoppedAt = fatal < 0 ? Long.MAX_VALUE : trace.start(fatal);
        if (stopped != null) {
            changes.add(new long[] {stoppedAt, stopped.step().ordinal(), 1});
        }
        long[] when = changes.stream().mapToLong(change -> change[0]).sorted().distinct().toArray();
        this.times = when;
        this.counts = new int[STEPS.length][];
        for (long[] change : changes) {
            int step = (int) change[1];
            if (counts[step] == null) {
                counts[step] = new int[when.length];
            }
            counts[step][Arrays.binarySearch(when, change[0])] += (int) change[2];
        }
        for (int[] row : counts) {
            for (int k = 1; row != null && k < row.length; k++) {
                row[k] += row[k - 1];
            }
        }
    }

    public static Crowds of(Trace trace) {
        return new Crowds(trace);
    }

    /** How many goroutines are on each line at {@code t}. */
    public Map<Step, Crowd> at(long t) {
        Map<Step, Crowd> crowds = new EnumMap<>(Step.class);
        int k = countAtOrBefore(times, t) - 1;
        for (int step = 0; k >= 0 && step < STEPS.length; step++) {
            if (counts[step] != null && counts[step][k] > 0) {
                boolean fatal = stopped != null && t >= stoppedAt && stopped.step() == STEPS[step];
                crowds.put(STEPS[step], new Crowd(counts[step][k], fatal ? stopped.activity() : activities[step]));
            }
        }
        return crowds;
    }

    /**
     * Adds {time, step, +1 or -1} for every instant at which lane {@code lane} moves onto or off a
     * line: its place is looked up at each instant one of its spans starts or ends.
     */
    private void placeChanges(Trace trace, int lane, List<long[]> changes) {
        int size = trace.laneSize(lane);
        long[] bounds = new long[2 * size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = trace.laneEvent(lane, k);
            if (trace.isSpan(i)) {
                bounds[n++] = trace.start(i);
                if (trace.end(i) != Long.MAX_VALUE) {
                    bounds[n++] = trace.end(i);
                }
            }
        }
        Arrays.sort(bounds, 0, n);
        Place current = null;
        // The lane's events are in start order; those before `from` have all ended.
        int from = 0;
        for (int b = 0; b < n; b++) {
            long t = bounds[b];
            if (b > 0 && bounds[b - 1] == t) {
                continue;
            }
            while (from < size && hasEndedBy(trace, trace.laneEvent(lane, from), t)) {
                from++;
            }
            Place place = null;
            for (int k = from; k < size && trace.start(trace.laneEvent(lane, k)) <= t; k++) {
                int i = trace.laneEvent(lane, k);
                if (trace.isSpan(i) && t < trace.end(i)) {
                    place = Whereabouts.better(place, Whereabouts.place(trace, trace.spanKind(i)));
                }
            }
            if (place == null ? current != null : !place.equals(current)) {
                if (current != null) {
                    changes.add(new long[] {t, current.step().ordinal(), -1});
                }
                if (place != null) {
                    changes.add(new long[] {t, place.step().ordinal(), 1});
                    activities[place.step().ordinal()] = place.activity();
                }
                current = place;
            }
        }
    }

    private static boolean hasEndedBy(Trace trace, int i, long t) {
        return !trace.isSpan(i) || trace.end(i) <= t;
    }

    private static int countAtOrBefore(long[] sorted, long t) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
