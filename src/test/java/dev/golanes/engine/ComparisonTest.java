package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final Comparison COMPARISON = Comparison.of(
            new Scenario(Mode.SEQUENTIAL, 4, new DelaySpec.Listed(List.of(1200L, 300L, 1800L, 1800L)), 300, 7));

    @Test
    void everyProgramRunsOnTheSameDelaysAndSeed() {
        assertEquals(Comparison.MODES, COMPARISON.traces().stream().map(t -> t.scenario().mode()).toList());
        for (var trace : COMPARISON.traces()) {
            assertEquals(7, trace.scenario().seed());
            assertEquals(new DelaySpec.Listed(List.of(1200L, 300L, 1800L, 1800L)), trace.scenario().delays());
        }
    }

    @Test
    void theTableFiguresFollowEachProgramsRule() {
        assertEquals(5_100_000, COMPARISON.sumOfSleeps());
        assertEquals(5_100_000, COMPARISON.trace(Mode.SEQUENTIAL).endMicros());
        assertEquals(1_800_000, COMPARISON.longestSleep());
        assertEquals(1_800_000, COMPARISON.trace(Mode.CONCURRENT).endMicros());
        // id2 holds 300-600, id1 1200-1500; id3 and id4 wake together at 1800 and hold one after the other.
        assertEquals(2_400_000, COMPARISON.mutexTotal());
        // In the race id3 and id4 both read length 2 at 1800 ms: one of them is overwritten.
        assertEquals(1, COMPARISON.lostToRace().length);
        assertEquals(2_100_000, COMPARISON.trace(Mode.RACE).endMicros());
        assertEquals(5_100_000, COMPARISON.longestTotal());
    }

    @Test
    void theWhyColumnNamesTheFigures() {
        Texts en = Texts.forLocale(Locale.ENGLISH);
        assertEquals("the sum of the sleeps: 5100 ms", COMPARISON.why(Mode.SEQUENTIAL, en));
        assertEquals("the longest sleep: 1800 ms", COMPARISON.why(Mode.CONCURRENT, en));
        assertEquals("the longest sleep (1800 ms) plus 600 ms of waiting for and holding the lock",
                COMPARISON.why(Mode.MUTEX, en));
        assertEquals("the longest sleep (1800 ms) plus the 300 ms read-write gap; 1 of 4 ids lost to overlapping appends", COMPARISON.why(Mode.RACE, en));
        assertArrayEquals(COMPARISON.trace(Mode.RACE).lostLanes(), COMPARISON.lostToRace());
    }

    /**
     * One call cannot race: its row says so in both languages, rather than "0 of 1 id lost to
     * overlapping appends", which suggests it might have lost it.
     */
    @Test
    void oneCallHasNothingToOverlapWith() {
        Comparison one = Comparison.of(new Scenario(Mode.SEQUENTIAL, 1, new DelaySpec.Fixed(100), 300, 7));
        // Its total is said too, the sleep and the gap: the row did not explain its 2.006s.
        assertEquals("the sleep (100 ms) plus the 300 ms read-write gap; one goroutine: no append to overlap with, nothing lost",
                one.why(Mode.RACE, Texts.forLocale(Locale.ENGLISH)));
        assertEquals("lama tidur (100 ms) ditambah celah baca-tulis 300 ms; satu goroutine: tidak ada append lain untuk tumpang-tindih, tidak ada yang hilang",
                one.why(Mode.RACE, Texts.forLocale(Locale.forLanguageTag("id"))));
        Comparison two = Comparison.of(new Scenario(Mode.SEQUENTIAL, 2, new DelaySpec.Fixed(100), 300, 7));
        assertEquals("the longest sleep (100 ms) plus the 300 ms read-write gap; 1 of 2 ids lost to overlapping appends", two.why(Mode.RACE, Texts.forLocale(Locale.ENGLISH)));
    }

    /** The shared axis ends a little past the slowest total, at two round figures: it does not give that total away. */
    @Test
    void theAxisEndsPastTheSlowestTotal() {
        Comparison fixed = Comparison.of(Scenario.defaults(Mode.MUTEX, 42));
        assertEquals(10_000_000, fixed.longestTotal());
        assertEquals(11_000_000, fixed.axisEndMicros());
        Comparison listed = Comparison.of(new Scenario(Mode.SEQUENTIAL, 3, new DelaySpec.Listed(java.util.List.of(2000L, 2000L, 3287L)),
                300, 7));
        assertEquals(7_287_000, listed.longestTotal());
        assertEquals(8_100_000, listed.axisEndMicros());
    }
}
