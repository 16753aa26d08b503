package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exported trace of fixed-delay runs, byte for byte. The golden files were generated once from
 * the simulator and checked by hand against the issue; a difference here is a change to a contract
 * other tools read, so update a golden file only after reading the new one just as carefully.
 */
class ChromeTraceJsonGoldenTest {
    private static final long SEED = 42;
    private static final List<Long> DELAYS = List.of(1200L, 300L, 1800L);

    @Test
    void sequentialWithListedDelaysMatchesGolden() {
        assertGolden("sequential-delays.json", listed(Mode.SEQUENTIAL));
    }

    @Test
    void concurrentWithListedDelaysMatchesGolden() {
        assertGolden("concurrent-delays.json", listed(Mode.CONCURRENT));
    }

    @Test
    void mutexWithListedDelaysMatchesGolden() {
        assertGolden("mutex-delays.json", listed(Mode.MUTEX));
    }

    /** The tutorial's mutex program with the default hold: five goroutines queue for the lock. */
    @Test
    void mutexDefaultsMatchGolden() {
        assertGolden("mutex-default.json", new ScenarioBuilder().mode(Mode.MUTEX).seed(SEED).build());
    }

    /** Hold 0 is the tutorial exactly: every lock wait has no length, so none is exported. */
    @Test
    void mutexWithoutHoldMatchesGolden() {
        assertGolden("mutex-hold0.json", new ScenarioBuilder().mode(Mode.MUTEX).hold(0).seed(SEED).build());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void sameScenarioAndSeedGiveIdenticalJson(Mode mode) {
        Scenario scenario = new ScenarioBuilder().mode(mode).calls(40).maxDelay(500).seed(7).build();
        assertEquals(json(scenario), json(scenario));
    }

    private static Scenario listed(Mode mode) {
        return new ScenarioBuilder().mode(mode).delays(DELAYS).seed(SEED).build();
    }

    private static void assertGolden(String file, Scenario scenario) {
        assertEquals(golden(file), json(scenario), file);
    }

    static String json(Scenario scenario) {
        StringWriter out = new StringWriter();
        try {
            ChromeTraceJson.write(Simulator.run(scenario), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String golden(String file) {
        try (InputStream in = ChromeTraceJsonGoldenTest.class.getResourceAsStream("/dev/golanes/golden/" + file)) {
            assertNotNull(in, "missing golden file " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
