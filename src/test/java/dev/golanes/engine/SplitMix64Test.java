package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generator is SplitMix64 exactly, so a seed means the same run on every JDK. */
class SplitMix64Test {

    /** The published reference outputs of SplitMix64 for seed 0. */
    @Test
    void seedZeroGivesTheReferenceSequence() {
        SplitMix64 rng = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, rng.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, rng.nextLong());
        assertEquals(0x06C45D188009454FL, rng.nextLong());
    }

    @Test
    void nextBelowStaysInRange() {
        SplitMix64 rng = new SplitMix64(123);
        for (long bound : new long[] {1, 2, 3, 7, 2000, 600_000, Long.MAX_VALUE}) {
            for (int i = 0; i < 1000; i++) {
                long value = rng.nextBelow(bound);
                assertTrue(value >= 0 && value < bound, value + " for bound " + bound);
            }
        }
    }

    @Test
    void nextBelowRejectsEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new SplitMix64(1).nextBelow(0));
    }
}
