package dev.golanes.trace;

import java.util.Arrays;

/**
 * The writes of the appends to {@code results}, in the order they finished (ties in trace order;
 * an append cut short when the program ended never wrote, and is not one):
 * the slice at any time is the first of them replayed, each writing its id at the length it read,
 * so overlapping appends overwrite each other. Sorted once per trace, so asking for the slice at
 * time t (every frame of the window) costs only the writes done by t.
 */
final class AppendReplay {
    private final long[] ends;
    private final int[] positions;
    private final int[] lanes;
    private final int laneCount;

    private AppendReplay(long[] ends, int[] positions, int[] lanes, int laneCount) {
        this.ends = ends;
        this.positions = positions;
        this.lanes = lanes;
        this.laneCount = laneCount;
    }

    static AppendReplay of(Trace trace) {
        int count = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (isWrite(trace, i)) {
                count++;
            }
        }
        int[] order = new int[count];
        boolean sorted = true;
        int k = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (isWrite(trace, i)) {
                sorted &= k == 0 || trace.end(order[k - 1]) <= trace.end(i);
                order[k++] = i;
            }
        }
        if (!sorted) {
            // Rare (appends of different lengths that overlap): a stable sort keeps ties in trace order.
            Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (x, y) -> Long.compare(trace.end(x), trace.end(y)));
            order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        long[] ends = new long[count];
        int[] positions = new int[count];
        int[] lanes = new int[count];
        for (int j = 0; j < count; j++) {
            int i = order[j];
            ends[j] = trace.end(i);
            // A well-formed append reads at most the number of appends finished before it; a trace that
            // breaks this still replays (the gap shows as lane 0) so TraceChecks can report it.
            positions[j] = (int) Math.max(0, Math.min(trace.arg(i), Integer.MAX_VALUE - 1));
            lanes[j] = trace.lane(i);
        }
        return new AppendReplay(ends, positions, lanes, trace.laneCount());
    }

    private static boolean isWrite(Trace trace, int i) {
        return trace.is(i, SpanKind.APPEND) && !trace.isCut(i);
    }

    /** The slice after every append that finished by {@code t}, as lanes in slice order. */
    int[] sliceAt(long t) {
        int done = TraceIndex.countAtOrBefore(ends, t);
        int[] slice = new int[done];
        int length = 0;
        for (int j = 0; j < done; j++) {
            int at = positions[j];
            if (at >= slice.length) {
                slice = Arrays.copyOf(slice, at + 1);
            }
            slice[at] = lanes[j];
            length = at + 1;
        }
        return Arrays.copyOf(slice, length);
    }

    /** The lanes whose append finished by {@code t} but whose id is not in {@code slice}, in lane order. */
    int[] lostAt(long t, int[] slice) {
        boolean[] kept = new boolean[laneCount];
        for (int lane : slice) {
            kept[lane] = true;
        }
        int done = TraceIndex.countAtOrBefore(ends, t);
        int[] lost = new int[done];
        int n = 0;
        for (int j = 0; j < done; j++) {
            if (!kept[lanes[j]]) {
                lost[n++] = lanes[j];
                kept[lanes[j]] = true;
            }
        }
        int[] sorted = Arrays.copyOf(lost, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
