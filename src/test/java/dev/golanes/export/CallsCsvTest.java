package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.TraceBuilder;
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
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,2000,300,300,0,2600,finished
                id2,0,2000,1200,300,0,3500,finished
                id3,0,2000,0,300,0,2300,finished
                id4,0,2000,900,300,0,3200,finished
                id5,0,2000,600,300,0,2900,finished
                """, csv(Scenario.defaults(Mode.MUTEX, 42)));
    }

    @Test
    void mutexWithArrivalsWhileHeld() throws IOException {
        Scenario scenario = new ScenarioBuilder().mode(Mode.MUTEX).delays(List.of(1000L, 1200L, 1100L)).seed(1).build();
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,1000,0,300,0,1300,finished
                id2,0,1200,400,300,0,1900,finished
                id3,0,1100,200,300,0,1600,finished
                """, csv(scenario));
    }

    @Test
    void concurrentCallsNeverWaitOrHold() throws IOException {
        Scenario scenario = new ScenarioBuilder().mode(Mode.CONCURRENT).delays(List.of(1200L, 300L, 1800L)).seed(1).build();
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,1200,0,0,0,1200,finished
                id2,0,300,0,0,0,300,finished
                id3,0,1800,0,0,0,1800,finished
                """, csv(scenario));
    }

    /**
     * The race and the pitfalls say what became of each call: the race's 300 ms gap is its append
     * time and four of five appends were overwritten; Add inside kills every goroutine at once; a
     * missing Done lets them all finish before Go stops main; Unlock without Lock stops id3 with the
     * fatal error and the others with it.
     */
    @Test
    void theRaceAndThePitfallsSayWhatBecameOfEachCall() throws IOException {
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,2000,0,0,300,2300,lost
                id2,0,2000,0,0,300,2300,finished
                id3,0,2000,0,0,300,2300,lost
                id4,0,2000,0,0,300,2300,lost
                id5,0,2000,0,0,300,2300,lost
                """, csv(Scenario.defaults(Mode.RACE, 42)));
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,,0,0,0,0,0.005,killed
                id2,,0,0,0,0,0.005,killed
                id3,,0,0,0,0,0.005,killed
                id4,,0,0,0,0,0.005,killed
                id5,,0,0,0,0,0.005,killed
                """, csv(Scenario.defaults(Mode.ADD_INSIDE, 42)));
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,1706,0,0,0,1706,finished
                id2,0,145,0,0,0,145,finished
                id3,0,1929,0,0,0,1929,finished
                id4,0,1882,0,0,0,1882,finished
                id5,0,1625,0,0,0,1625,finished
                """, csv(Scenario.defaults(Mode.MISSING_DONE, 42)));
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0,2000,0,0,300,2300,stopped
                id2,0,2000,0,0,300,2300,stopped
                id3,0,2000,0,0,300,2300,fatal
                id4,0,2000,0,0,300,2300,stopped
                id5,0,2000,0,0,300,2300,stopped
                """, csv(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42)));
    }

    /**
     * Real threads: Go stopped the program (id1's Unlock without Lock) while id2 was between two steps
     * and before main had started id3. Neither finished: both were stopped, not done.
     */
    @Test
    void realCallsThatNeverFinishedWereStopped() throws IOException {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.DOUBLE_UNLOCK, 3, new DelaySpec.Fixed(0), 0, 1), "real");
        // In the order the engine records them, by time.
        builder.mark(0, MarkKind.GO, 0, 1);
        int sleep1 = builder.begin(1, SpanKind.SLEEP, 5, 0);
        builder.end(sleep1, 6);
        builder.print(1, 7, "The result from the database is: id1", true);
        int append1 = builder.begin(1, SpanKind.APPEND, 8, 0);
        builder.end(append1, 9);
        builder.mark(0, MarkKind.GO, 10, 2);
        int sleep2 = builder.begin(2, SpanKind.SLEEP, 12, 0);
        builder.end(sleep2, 14);
        builder.mark(1, MarkKind.FATAL, 15, 2, "fatal error: sync: unlock of unlocked mutex");
        StringWriter out = new StringWriter();
        CallsCsv.write(builder.build(15, true), out);
        assertEquals("""
                id,start_ms,sleep_ms,lock_wait_ms,lock_held_ms,append_ms,end_ms,outcome
                id1,0.005,0.001,0,0,0.001,0.015,fatal
                id2,0.012,0.002,0,0,0,0.014,stopped
                id3,,0,0,0,0,0.015,stopped
                """, out.toString());
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
