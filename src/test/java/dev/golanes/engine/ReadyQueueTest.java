package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The goroutines ready to run come out lowest rank first, however many ranks there are. */
class ReadyQueueTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 65, 4096, 4097, 300_001})
    void givesEveryRankBackLowestFirst(int ranks) {
        ReadyQueue queue = new ReadyQueue(ranks + 1);
        List<Integer> all = new ArrayList<>();
        for (int rank = 0; rank <= ranks; rank++) {
            all.add(rank);
        }
        java.util.Collections.shuffle(all, new Random(ranks));
        all.forEach(queue::add);
        for (int expected = 0; expected <= ranks; expected++) {
            assertEquals(expected, queue.poll());
        }
        assertTrue(queue.isEmpty());
    }

    /** A lock handed on, or main woken, while others are ready: the lowest rank still goes next. */
    @ParameterizedTest
    @ValueSource(ints = {50, 5_000, 300_000})
    void ranksAddedBetweenPollsTakeTheirPlace(int ranks) {
        ReadyQueue queue = new ReadyQueue(ranks);
        PriorityQueue<Integer> expected = new PriorityQueue<>();
        boolean[] queued = new boolean[ranks];
        Random random = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            int rank = random.nextInt(ranks);
            if (random.nextInt(3) > 0 && !queued[rank]) {
                queue.add(rank);
                expected.add(rank);
                queued[rank] = true;
            } else if (!expected.isEmpty()) {
                int polled = queue.poll();
                assertEquals(expected.poll(), polled);
                queued[polled] = false;
            }
            assertEquals(expected.isEmpty(), queue.isEmpty());
        }
    }
}
