package dev.golanes.engine;

import java.util.Arrays;

/**
 * The goroutines asleep (or holding the lock for a while) by wake-up time, as their ranks.
 *
 * <p>A hierarchical timing wheel, which fits a virtual clock in whole microseconds: no one wakes
 * before the instant last taken out. A wake-up time is read as eight digits of eight bits. A sleeper
 * goes in the wheel of the highest digit in which its time differs from that instant, in the slot of
 * its own digit there: wheel 0 holds those that wake within the current 256 microseconds, one slot
 * per microsecond; wheel 1 those within the current 65 milliseconds, one slot per 256 microseconds;
 * and so on. The next instant is the first slot in use after the clock's in wheel 0; when wheel 0
 * has none left, the clock moves on to the earliest sleeper of the first slot in use of the lowest
 * wheel that has one, and that slot's sleepers are spread into the wheels below. A sleep of two
 * seconds is thus moved twice at most, where a binary radix heap moves it about once per bit; each
 * slot of wheel 0 is a single instant, so its sleepers need no time.
 *
 * <p>Sleepers that wake at the same instant come out in no particular order: they all become ready
 * together, and the {@link ReadyQueue} orders them.
 */
final class SleepQueue {
    private static final int DIGIT_BITS = 8;
    private static final int SLOTS = 1 << DIGIT_BITS;
    private static final int DIGIT_MASK = SLOTS - 1;
    private static final int WHEELS = Long.SIZE / DIGIT_BITS;
    private static final int WORDS = SLOTS / Long.SIZE;

    /** {@code ranks[wheel][slot]}: the sleepers of a slot, {@code sizes[wheel][slot]} of them. */
    private final int[][][] ranks = new int[WHEELS][SLOTS][];
    /** {@code times[wheel][slot]}: their wake-up times, for the wheels above 0. */
    private final long[][][] times = new long[WHEELS][SLOTS][];
    private final int[][] sizes = new int[WHEELS][SLOTS];
    /** {@code used[wheel * WORDS + word]}: a bit per slot in use, to find the next one in a few words. */
    private final long[] used = new long[WHEELS * WORDS];
    /** The instant of the last {@link #advance()}: nobody in the queue wakes before it. */
    private long last;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Goroutine {@code rank} wakes at {@code time}, which is not before the instant of the last {@link #advance()}. */
    void add(long time, int rank) {
        if (time < last) {
            throw new IllegalArgumentException("wakes at " + time + ", before " + last);
        }
        put(time, rank);
        size++;
    }

    /**
     * Moves on to the earliest wake-up and returns it: from now on nobody may be added before it.
     * The queue must not be empty.
     */
    long advance() {
        if (size == 0) {
            throw new IllegalStateException("nobody is asleep");
        }
        while (sizes[0][digit(last, 0)] == 0) {
            int slot = nextUsed(0, digit(last, 0) + 1);
            if (slot >= 0) {
                last = last & ~(long) DIGIT_MASK | slot;
                break;
            }
            // Wheel 0 is empty: the earliest sleepers are in the first slot in use of the lowest wheel with one.
            int wheel = 1;
            while ((slot = nextUsed(wheel, digit(last, wheel) + 1)) < 0) {
                wheel++;
            }
            spread(wheel, slot);
        }
        return last;
    }

    /** Whether someone wakes at the instant of the last {@link #advance()}. */
    boolean hasDue() {
        return sizes[0][digit(last, 0)] > 0;
    }

    /** Removes one of those who wake at the instant of the last {@link #advance()}; returns its rank. */
    int pollDue() {
        int slot = digit(last, 0);
        int n = --sizes[0][slot];
        if (n == 0) {
            used[slot >>> 6] &= ~(1L << slot);
        }
        size--;
        return ranks[0][slot][n];
    }

    /**
     * Moves the clock on to the earliest sleeper of a slot, the earliest of all when the wheels
     * below are empty, and its sleepers into the wheels below: they share with it every digit from
     * this wheel's up. Those that wake at that instant land in wheel 0 at once.
     */
    private void spread(int wheel, int slot) {
        int moving = sizes[wheel][slot];
        long[] movingTimes = times[wheel][slot];
        int[] movingRanks = ranks[wheel][slot];
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < moving; i++) {
            earliest = Math.min(earliest, movingTimes[i]);
        }
        last = earliest;
        sizes[wheel][slot] = 0;
        used[wheel * WORDS + (slot >>> 6)] &= ~(1L << slot);
        for (int i = 0; i < moving; i++) {
            put(movingTimes[i], movingRanks[i]);
        }
    }

    private void put(long time, int rank) {
        long differs = time ^ last;
        int wheel = differs == 0 ? 0 : (Long.SIZE - 1 - Long.numberOfLeadingZeros(differs)) / DIGIT_BITS;
        int slot = digit(time, wheel);
        int n = sizes[wheel][slot];
        int[] slotRanks = ranks[wheel][slot];
        if (slotRanks == null || n == slotRanks.length) {
            slotRanks = ranks[wheel][slot] = slotRanks == null ? new int[8] : Arrays.copyOf(slotRanks, n * 2);
            if (wheel > 0) {
                times[wheel][slot] = n == 0 ? new long[slotRanks.length] : Arrays.copyOf(times[wheel][slot], slotRanks.length);
            }
        }
        slotRanks[n] = rank;
        if (wheel > 0) {
            times[wheel][slot][n] = time;
        }
        sizes[wheel][slot] = n + 1;
        if (n == 0) {
            used[wheel * WORDS + (slot >>> 6)] |= 1L << slot;
        }
    }

    /** The first slot in use in {@code wheel} from {@code from} on, or -1. */
    private int nextUsed(int wheel, int from) {
        for (int word = from >>> 6; word < WORDS; word++) {
            long bits = used[wheel * WORDS + word];
            if (word == from >>> 6) {
                bits &= -1L << (from & 63);
            }
            if (bits != 0) {
                return word * Long.SIZE + Long.numberOfTrailingZeros(bits);
            }
        }
        return -1;
    }

    private static int digit(long time, int wheel) {
        return (int) (time >>> wheel * DIGIT_BITS) & DIGIT_MASK;
    }
}
