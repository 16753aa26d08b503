package dev.golanes.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Comparison;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison's programs end one by one on its shared clock, each at its own total. */
class CompareModelTest {

    private static List<Mode> ended(CompareModel model) {
        return Comparison.MODES.stream().filter(model::finished).toList();
    }

    @Test
    void eachProgramEndsAtItsOwnTotal() {
        // Seed 42, five calls of 2000 ms, hold 300 ms: concurrent 2 s, race 2.3 s, mutex 3.5 s, sequential 10 s.
        CompareModel model = new CompareModel(Scenario.defaults(Mode.MUTEX, 42));
        assertEquals(List.of(), ended(model), "at 0 ms");
        model.clock().seek(1_999_999);
        assertEquals(List.of(), ended(model), "just before 2 s");
        model.clock().seek(2_000_000);
        assertEquals(List.of(Mode.CONCURRENT), ended(model), "at 2 s");
        model.clock().seek(3_500_000);
        assertEquals(List.of(Mode.CONCURRENT, Mode.MUTEX, Mode.RACE), ended(model), "at 3.5 s");
        model.clock().seek(Long.MAX_VALUE);
        assertEquals(Comparison.MODES, ended(model), "at the end");
    }
}
