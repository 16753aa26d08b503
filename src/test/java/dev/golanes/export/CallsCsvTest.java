package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One row per call with its times in milliseconds. */
class CallsCsvTest {

    /** All wake at 2 s in the seeded order id3, id1, id5, id4, id2 and take the lock for 300 ms each in turn. */
    @Test
    void mutexDefaultsShowEachCallsWaitAndHold() throws IOException {
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,end_ms
                id1,0,2000,300,300,2600
                id2,0,2000,1200,300,3500
                id3,0,2000,0,300,2300
                id4,0,2000,900,300,3200
                id5,0,2000,600,300,2900
                """, csv(Scenario.defaults(Mode.MUTEX, 42)));
    }

    @Test
    void mutexWithArrivalsWhileHeld() throws IOException {
        Scenario scenario = new ScenarioBuilder().mode(Mode.MUTEX).delays(List.of(1000L, 1200L, 1100L)).seed(1).build();
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,end_ms
                id1,0,1000,0,300,1300
                id2,0,1200,400,300,1900
                id3,0,1100,200,300,1600
                """, csv(scenario));
    }

    @Test
    void concurrentCallsNeverWaitOrHold() throws IOException {
        Scenario scenario = new ScenarioBuilder().mode(Mode.CONCURRENT).delays(List.of(1200L, 300L, 1800L)).seed(1).build();
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,end_ms
                id1,0,1200,0,0,1200
                id2,0,300,0,0,300
                id3,0,1800,0,0,1800
                """, csv(scenario));
    }

    @Test
    void millisecondsKeepMicrosecondPrecisionWithoutTrailingZeros() {
        assertEquals("0", millis(0));
        assertEquals("1200", millis(1_200_000));
        assertEquals("1.234", millis(1_234));
        assertEquals("1.5", millis(1_500));
        assertEquals("0.001", millis(1));
        assertEquals("2000.05", millis(2_000_050));
    }

    private static String millis(long micros) {
        StringBuilder out = new StringBuilder();
        CallsCsv.appendMillis(out, micros);
        return out.toString();
    }

    private static String csv(Scenario scenario) throws IOException {
        StringWriter out = new StringWriter();
        CallsCsv.write(Simulator.run(scenario), out);
        return out.toString();
    }
}
