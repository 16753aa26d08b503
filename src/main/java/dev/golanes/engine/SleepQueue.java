package dev.golanes.engine;

import java.util.Arrays;

/**
 * The goroutines asleep (or holding the lock for a while) by wake-up time, as their ranks.
 *
 * <p>A radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, 1990), which fits a virtual clock: no one
 * wakes before the instant last taken out, so each sleeper goes in the bucket of the highest bit in
 * which its time differs from that instant, and bucket 0 holds those that wake at it. Adding is
 * appending to a bucket; when bucket 0 is empty, the lowest bucket that is not gives the next
 * instant, and its sleepers move down into lower buckets. Each sleeper moves a few times at most,
 * through arrays read in order, so a million of them cost a fraction of what a binary heap's
 * million sift-downs through memory cost.
 *
 * <p>Sleepers that wake at the same instant come out in no particular order: they all become ready
 * together, and the {@link ReadyQueue} orders them.
 */
final class SleepQueue {
    private static final int BUCKETS = 65;

    private final long[][] times = new long[BUCKETS][];
    private final int[][] ranks = new int[BUCKETS][];
    private final int[] sizes = new int[BUCKETS];
    /** The instant of the last {@link #advance()}: nobody in the queue wakes before it. */
    private long last;
    private int size;

    SleepQueue() {
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            times[bucket] = new long[16];
            ranks[bucket] = new int[16];
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Goroutine {@code rank} wakes at {@code time}, which is not before the instant of the last {@link #advance()}. */
    void add(long time, int rank) {
        if (time < last) {
            throw new IllegalArgumentException("wakes at " + time + ", before " + last);
        }
        put(bucketOf(time), time, rank);
        size++;
    }

    /**
     * Moves on to the earliest wake-up and returns it: from now on nobody may be added before it.
     * The queue must not be empty.
     */
    long advance() {
        if (sizes[0] == 0) {
            refill();
        }
        return last;
    }

    /** Whether someone wakes at the instant of the last {@link #advance()}. */
    boolean hasDue() {
        return sizes[0] > 0;
    }

    /** Removes one of those who wake at the instant of the last {@link #advance()}; returns its rank. */
    int pollDue() {
        size--;
        return ranks[0][--sizes[0]];
    }

    /** Takes the earliest time of the lowest bucket in use as the new instant and spreads that bucket below it. */
    private void refill() {
        int bucket = 1;
        while (sizes[bucket] == 0) {
            bucket++;
        }
        long[] movingTimes = times[bucket];
        int[] movingRanks = ranks[bucket];
        int moving = sizes[bucket];
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < moving; i++) {
            earliest = Math.min(earliest, movingTimes[i]);
        }
        last = earliest;
        // Every sleeper of this bucket now differs from the new instant in a lower bit, so none lands here again.
        sizes[bucket] = 0;
        for (int i = 0; i < moving; i++) {
            put(bucketOf(movingTimes[i]), movingTimes[i], movingRanks[i]);
        }
    }

    private int bucketOf(long time) {
        return 64 - Long.numberOfLeadingZeros(time ^ last);
    }

    private void put(int bucket, long time, int rank) {
        int n = sizes[bucket];
        if (n == times[bucket].length) {
            times[bucket] = Arrays.copyOf(times[bucket], n * 2);
            ranks[bucket] = Arrays.copyOf(ranks[bucket], n * 2);
        }
        times[bucket][n] = time;
        ranks[bucket][n] = rank;
        sizes[bucket] = n + 1;
    }
}
