package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sleepers wake in time order, all those of one instant together, as a virtual clock moves on. */
class SleepQueueTest {

    @Test
    void wakesEveryoneOfTheEarliestInstantTogether() {
        SleepQueue queue = new SleepQueue();
        queue.add(2_000, 3);
        queue.add(500, 1);
        queue.add(2_000, 2);
        queue.add(900, 4);
        assertEquals(500, queue.advance());
        assertEquals(Set.of(1), due(queue));
        assertEquals(900, queue.advance());
        assertEquals(Set.of(4), due(queue));
        assertEquals(2_000, queue.advance());
        assertEquals(Set.of(2, 3), due(queue));
        assertTrue(queue.isEmpty());
    }

    /** A sleep of 0 started at an instant wakes at that instant again, in the next round. */
    @Test
    void aSleepOfNothingWakesAtTheSameInstant() {
        SleepQueue queue = new SleepQueue();
        queue.add(700, 1);
        assertEquals(700, queue.advance());
        assertEquals(Set.of(1), due(queue));
        queue.add(700, 1);
        queue.add(701, 2);
        assertEquals(700, queue.advance());
        assertEquals(Set.of(1), due(queue));
    }

    @Test
    void refusesAWakeUpBeforeTheClock() {
        SleepQueue queue = new SleepQueue();
        queue.add(1_000, 1);
        queue.advance();
        assertThrows(IllegalArgumentException.class, () -> queue.add(999, 2));
    }

    /** Against a plain priority queue, over a long run of sleeps of every length from now. */
    @Test
    void agreesWithAPriorityQueueOnARandomRun() {
        agreesWithAPriorityQueue(0, random -> random.nextBoolean() ? random.nextInt(40) : (long) random.nextInt(2_000) * 1_000);
    }

    /**
     * The same far out on the clock, with sleeps up to the longest hold, a minute, and beyond: a
     * million holds of a minute end after 2^45 microseconds, a million sequential calls of ten
     * minutes after 2^49. Starting just before 2^48 and 2^56, the clock crosses into the top wheels.
     */
    @ParameterizedTest
    @ValueSource(longs = {(1L << 45) - 123_456, (1L << 48) - 70_000, (1L << 56) - 300})
    void agreesWithAPriorityQueueFarOutAndOnLongSleeps(long start) {
        agreesWithAPriorityQueue(start, random -> {
            switch (random.nextInt(4)) {
                case 0:
                    return random.nextInt(300);
                case 1:
                    return (long) random.nextInt(60_001) * 1_000;
                case 2:
                    return random.nextLong() >>> 20;
                default:
                    return 60_000_000L;
            }
        });
    }

    private static void agreesWithAPriorityQueue(long start, java.util.function.ToLongFunction<Random> lengths) {
        SleepQueue queue = new SleepQueue();
        PriorityQueue<long[]> expected = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        Random random = new Random(11);
        long now = start;
        int next = 0;
        if (start > 0) {
            queue.add(start, next);
            expected.add(new long[] {start, next++});
        }
        for (int round = 0; round < 20_000; round++) {
            int sleepers = random.nextInt(4) == 0 ? random.nextInt(200) : random.nextInt(3);
            for (int k = 0; k < sleepers; k++) {
                long length = lengths.applyAsLong(random);
                queue.add(now + length, next);
                expected.add(new long[] {now + length, next});
                next++;
            }
            if (expected.isEmpty()) {
                continue;
            }
            now = queue.advance();
            assertEquals(expected.peek()[0], now);
            Set<Integer> wanted = new TreeSet<>();
            while (!expected.isEmpty() && expected.peek()[0] == now) {
                wanted.add((int) expected.poll()[1]);
            }
            assertEquals(wanted, due(queue));
        }
        assertEquals(expected.isEmpty(), queue.isEmpty());
    }

    private static Set<Integer> due(SleepQueue queue) {
        List<Integer> ranks = new ArrayList<>();
        while (queue.hasDue()) {
            ranks.add(queue.pollDue());
        }
        Set<Integer> distinct = new TreeSet<>(ranks);
        assertEquals(ranks.size(), distinct.size());
        assertFalse(queue.hasDue());
        return distinct;
    }
}
