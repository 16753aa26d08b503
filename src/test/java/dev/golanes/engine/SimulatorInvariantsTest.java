package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every simulated run, whatever the mode, seed, size, delays and hold, follows the rules of
 * {@link TraceChecks} exactly, gives the totals the issue names, and serves the mutex first come,
 * first served.
 */
class SimulatorInvariantsTest {
    private static final int SEEDS = 200;
    private static final int MAX_CALLS = 50;

    static Stream<Arguments> settings() {
        List<Arguments> all = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            for (long hold : mode.usesMutex() ? new long[] {0, 300} : new long[] {300}) {
                all.add(Arguments.of(mode, "random", hold));
                all.add(Arguments.of(mode, "fixed", hold));
                all.add(Arguments.of(mode, "listed", hold));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1} delays, hold {2}")
    @MethodSource("settings")
    void everyRunPassesTheChecks(Mode mode, String delays, long hold) {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (int calls = 1; calls <= MAX_CALLS; calls++) {
                Scenario scenario = new Scenario(mode, calls, delays(delays, calls, seed), hold, seed);
                Trace trace = Simulator.run(scenario);
                List<String> violations = TraceChecks.check(trace, 0);
                if (!violations.isEmpty()) {
                    failures.add(scenario + ": " + violations);
                }
                String broken = mode.isPitfall() ? null : checkModeRules(trace);
                if (broken != null) {
                    failures.add(scenario + ": " + broken);
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), failures.size() + " runs broke a rule");
    }

    /**
     * The totals the issue states per mode and the mutex's first-come first-served order, computed
     * from the trace independently of TraceChecks.
     */
    private static String checkModeRules(Trace trace) {
        Mode mode = trace.scenario().mode();
        long sumOfSleeps = 0;
        long longestSleep = 0;
        long lastUnlock = 0;
        long lastAppend = 0;
        long lastWaitEnd = 0;
        int prints = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, SpanKind.SLEEP)) {
                sumOfSleeps += trace.duration(i);
                longestSleep = Math.max(longestSleep, trace.duration(i));
            } else if (trace.is(i, SpanKind.LOCK_HELD)) {
                lastUnlock = Math.max(lastUnlock, trace.end(i));
            } else if (trace.is(i, SpanKind.APPEND)) {
                lastAppend = Math.max(lastAppend, trace.end(i));
            } else if (trace.is(i, MarkKind.PRINT)) {
                prints++;
            } else if (trace.is(i, SpanKind.LOCK_WAIT)) {
                // Waits are recorded as goroutines arrive; served in that order, they end in that order.
                if (trace.end(i) < lastWaitEnd) {
                    return Trace.laneName(trace.lane(i)) + " got the lock before a goroutine that arrived earlier";
                }
                lastWaitEnd = trace.end(i);
            }
        }
        long expected = switch (mode) {
            case SEQUENTIAL -> sumOfSleeps;
            case CONCURRENT -> longestSleep;
            case MUTEX -> lastUnlock;
            default -> lastAppend;
        };
        if (trace.endMicros() != expected) {
            return "total " + trace.endMicros() + " µs, expected " + expected;
        }
        int expectedPrints = trace.scenario().calls() + 2 + (mode.collectsResults() ? 1 : 0);
        if (prints != expectedPrints) {
            return prints + " lines printed, expected " + expectedPrints;
        }
        return null;
    }

    private static DelaySpec delays(String kind, int calls, long seed) {
        return switch (kind) {
            case "random" -> new DelaySpec.Random(2000);
            case "fixed" -> new DelaySpec.Fixed(700);
            default -> listed(calls, seed);
        };
    }

    /** Few distinct values, so many goroutines wake at the same instant and queue for the lock. */
    private static DelaySpec listed(int calls, long seed) {
        List<Long> ms = new ArrayList<>(calls);
        for (int i = 1; i <= calls; i++) {
            ms.add((i * 7 + seed * 13) % 5 * 100);
        }
        return new DelaySpec.Listed(ms);
    }
}
