package dev.golanes.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A scenario cannot be built with a value the engines cannot run, whoever builds it. */
class ScenarioTest {

    @Test
    void defaultsAreTheTutorialsPrograms() {
        assertEquals(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 300, 9), Scenario.defaults(Mode.MUTEX, 9));
        assertEquals(new DelaySpec.Random(2000), Scenario.defaults(Mode.CONCURRENT, 9).delays());
        assertEquals(new DelaySpec.Random(2000), Scenario.defaults(Mode.SEQUENTIAL, 9).delays());
    }

    @Test
    void missingDelaysMeanTheModesDefault() {
        assertEquals(new DelaySpec.Fixed(2000), new Scenario(Mode.MUTEX, 5, null, 0, 1).delays());
    }

    @Test
    void badValuesNameTheirField() {
        assertField(Field.MODE, () -> new Scenario(null, 5, null, 300, 1));
        assertField(Field.CALLS, () -> new Scenario(Mode.MUTEX, 0, null, 300, 1));
        assertField(Field.CALLS, () -> new Scenario(Mode.MUTEX, 1_000_001, null, 300, 1));
        assertField(Field.HOLD, () -> new Scenario(Mode.MUTEX, 5, null, -1, 1));
        assertField(Field.HOLD, () -> new Scenario(Mode.MUTEX, 5, null, 60_001, 1));
        assertField(Field.DELAYS, () -> new Scenario(Mode.MUTEX, 2, new DelaySpec.Listed(List.of(1L)), 300, 1));
    }

    @Test
    void delaySpecsCheckTheirRanges() {
        assertField(Field.MAX_DELAY, () -> new DelaySpec.Random(0));
        assertField(Field.MAX_DELAY, () -> new DelaySpec.Random(600_001));
        assertField(Field.DELAY, () -> new DelaySpec.Fixed(-1));
        assertField(Field.DELAY, () -> new DelaySpec.Fixed(600_001));
        assertField(Field.DELAYS, () -> new DelaySpec.Listed(List.of()));
        assertField(Field.DELAYS, () -> new DelaySpec.Listed(List.of(5L, 600_001L)));
        assertField(Field.DELAYS, () -> new DelaySpec.Listed(List.of(-1L)));
    }

    @Test
    void theLargestScenarioIsAllowed() {
        Scenario scenario = new Scenario(Mode.MUTEX, 1_000_000,
                new DelaySpec.Listed(Collections.nCopies(1_000_000, 600_000L)), 60_000, Long.MIN_VALUE);
        assertEquals(1_000_000, scenario.calls());
    }

    @Test
    void rangeMessageUsesTheFlag() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new Scenario(Mode.MUTEX, 0, null, 300, 1));
        assertEquals("--calls must be a whole number from 1 to 1,000,000 (got \"0\")", e.getMessage());
    }

    @Test
    void describeGivesTheFlagThatMakesTheDelays() {
        assertEquals("--max-delay 2000", new DelaySpec.Random(2000).describe());
        assertEquals("--delay 0", new DelaySpec.Fixed(0).describe());
        assertEquals("--delays 1200,300,1800", new DelaySpec.Listed(List.of(1200L, 300L, 1800L)).describe());
    }

    @Test
    void callsAreNamedLikeTheTutorialsData() {
        assertEquals("id1", Scenario.callId(1));
        assertEquals("id1000000", Scenario.callId(1_000_000));
    }

    private static void assertField(Field field, Executable build) {
        assertEquals(field, assertThrows(ScenarioException.class, build).field());
    }
}
