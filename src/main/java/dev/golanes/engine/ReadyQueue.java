package dev.golanes.engine;

/**
 * The goroutines that can run now, as their ranks ({@link Draws#rank}), lowest first.
 *
 * <p>Ranks are distinct numbers from 0 to N, so the set is a bit set: a million goroutines take
 * 125 KB, which stays in the processor's cache where a heap of a million entries would not. Above
 * it sit smaller bit sets, each with one bit per word of the level below, set when that word has a
 * bit set, up to a single word; the lowest rank is found by going down from that word, one word per
 * level (four levels for a million), however few or many goroutines are ready.
 */
final class ReadyQueue {
    /** levels[0] holds a bit per rank; levels[k + 1] a bit per word of levels[k]; the last is one word. */
    private final long[][] levels;
    private int size;

    /** @param ranks one more than the highest rank */
    ReadyQueue(int ranks) {
        int count = 1;
        for (int bits = ranks; bits > 64; bits = (bits + 63) >>> 6) {
            count++;
        }
        levels = new long[count][];
        int bits = ranks;
        for (int level = 0; level < count; level++) {
            levels[level] = new long[(bits + 63) >>> 6];
            bits = levels[level].length;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a rank that is not in the queue. */
    void add(int rank) {
        int bit = rank;
        for (long[] level : levels) {
            int word = bit >>> 6;
            boolean wasEmpty = level[word] == 0;
            level[word] |= 1L << bit;
            if (!wasEmpty) {
                break;
            }
            bit = word;
        }
        size++;
    }

    /** Removes and returns the lowest rank; the queue must not be empty. */
    int poll() {
        int bit = 0;
        for (int level = levels.length - 1; level >= 0; level--) {
            bit = (bit << 6) + Long.numberOfTrailingZeros(levels[level][bit]);
        }
        int rank = bit;
        for (long[] level : levels) {
            int word = bit >>> 6;
            level[word] &= ~(1L << bit);
            if (level[word] != 0) {
                break;
            }
            bit = word;
        }
        size--;
        return rank;
    }
}
