package dev.golanes.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The crowds worked out once for a run are those found by asking every lane, at every instant. */
class CrowdsTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void agreeWithAskingEveryLaneAtEveryInstant(Mode mode) {
        for (long seed = 1; seed <= 12; seed++) {
            for (int calls : new int[] {1, 5, 17}) {
                for (long hold : new long[] {0, 300}) {
                    DelaySpec delays = seed % 3 == 0 ? new DelaySpec.Fixed(200) : new DelaySpec.Random(seed % 2 == 0 ? 3 : 800);
                    agreeAtEveryInstant(Simulator.run(new Scenario(mode, calls, delays, hold, seed)));
                }
            }
        }
    }

    private static void agreeAtEveryInstant(Trace trace) {
        Crowds crowds = Crowds.of(trace);
        TraceIndex index = new TraceIndex(trace);
        long t = 0;
        while (true) {
            long next = index.nextEventAfter(t);
            for (long at : new long[] {t - 1, t, (t + next) / 2}) {
                assertEquals(Whereabouts.crowds(trace, at), crowds.at(at), trace.scenario() + " at " + at);
            }
            if (t >= trace.endMicros()) {
                break;
            }
            t = next;
        }
        assertEquals(Whereabouts.crowds(trace, Long.MAX_VALUE), crowds.at(Long.MAX_VALUE));
    }
}
