package dev.golanes.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules shared by every surface that builds a scenario from what a user gave. */
class ScenarioBuilderTest {

    @Test
    void nothingGivenIsTheTutorialsSequentialProgram() {
        Scenario scenario = new ScenarioBuilder().seed(1).build();
        assertEquals(new Scenario(Mode.SEQUENTIAL, 5, new DelaySpec.Random(2000), 300, 1), scenario);
    }

    @Test
    void mutexDefaultsToAFixedTwoSecondDelay() {
        Scenario scenario = new ScenarioBuilder().mode(Mode.MUTEX).seed(1).build();
        assertEquals(new DelaySpec.Fixed(2000), scenario.delays());
        assertEquals(300, scenario.holdMs());
    }

    @Test
    void explicitMaxDelayWinsOverTheMutexDefault() {
        Scenario scenario = new ScenarioBuilder().mode(Mode.MUTEX).maxDelay(2000).seed(1).build();
        assertEquals(new DelaySpec.Random(2000), scenario.delays());
    }

    @Test
    void explicitDelayWinsOverTheRandomDefault() {
        Scenario scenario = new ScenarioBuilder().mode(Mode.CONCURRENT).delay(0).seed(1).build();
        assertEquals(new DelaySpec.Fixed(0), scenario.delays());
    }

    @Test
    void modeGivenAfterTheDelayStillKeepsTheDelay() {
        Scenario scenario = new ScenarioBuilder().delay(500).mode(Mode.MUTEX).seed(1).build();
        assertEquals(new DelaySpec.Fixed(500), scenario.delays());
    }

    @Test
    void delayListSetsTheNumberOfCalls() {
        Scenario scenario = new ScenarioBuilder().delays(List.of(1200L, 300L, 1800L)).seed(1).build();
        assertEquals(3, scenario.calls());
        assertEquals("--delays 1200,300,1800", scenario.delays().describe());
    }

    @Test
    void delayListMatchingTheCallsIsAccepted() {
        assertEquals(2, new ScenarioBuilder().calls(2).delays(List.of(1L, 2L)).seed(1).build().calls());
    }

    @Test
    void delayListNotMatchingTheCallsIsAnError() {
        ScenarioBuilder builder = new ScenarioBuilder().calls(4).delays(List.of(1200L, 300L, 1800L));
        ScenarioException e = assertThrows(ScenarioException.class, builder::build);
        assertEquals(Field.DELAYS, e.field());
        assertEquals("--delays lists 3 delays for 4 calls: give one delay per call", e.getMessage());
    }

    @Test
    void twoDifferentDelaySettingsAreAnError() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioBuilder().maxDelay(100).delay(200));
        assertEquals(Field.DELAY, e.field());
        assertEquals("--delay: choose one of --max-delay, --delay or --delays, not several", e.getMessage());
        assertThrows(ScenarioException.class, () -> new ScenarioBuilder().delays(List.of(1L)).maxDelay(5));
    }

    @Test
    void sameDelaySettingGivenTwiceKeepsTheLast() {
        assertEquals(new DelaySpec.Fixed(200), new ScenarioBuilder().delay(100).delay(200).seed(1).build().delays());
    }

    @Test
    void callsOutOfRangeAreRejectedAtOnce() {
        assertEquals(Field.CALLS, assertThrows(ScenarioException.class, () -> new ScenarioBuilder().calls(0)).field());
        assertEquals(Field.CALLS, assertThrows(ScenarioException.class, () -> new ScenarioBuilder().calls(1_000_001)).field());
        assertEquals(Field.HOLD, assertThrows(ScenarioException.class, () -> new ScenarioBuilder().hold(-1)).field());
        assertEquals(Field.HOLD, assertThrows(ScenarioException.class, () -> new ScenarioBuilder().hold(60_001)).field());
        assertEquals(Field.MAX_DELAY, assertThrows(ScenarioException.class, () -> new ScenarioBuilder().maxDelay(0)).field());
        assertEquals(Field.DELAY, assertThrows(ScenarioException.class, () -> new ScenarioBuilder().delay(-1)).field());
    }

    @Test
    void givenSeedIsKept() {
        ScenarioBuilder builder = new ScenarioBuilder().seed(-7);
        assertTrue(builder.hasSeed());
        assertEquals(-7, builder.build().seed());
    }

    @Test
    void missingSeedIsDrawnShortEnoughToReadOut() {
        ScenarioBuilder builder = new ScenarioBuilder();
        assertFalse(builder.hasSeed());
        for (int i = 0; i < 100; i++) {
            long seed = builder.build().seed();
            assertTrue(seed >= 1 && seed < 1_000_000, "seed " + seed);
        }
    }
}
