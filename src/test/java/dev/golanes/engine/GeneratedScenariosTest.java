package dev.golanes.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.export.ChromeTraceJson;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Limits;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceChecks;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated scenarios of every program, 1 to 2,000 calls, random, fixed and listed delays, any hold
 * and any seed. Each run follows the trace's rules exactly, repeats byte for byte, and ends when the
 * program's rule says; the mutex's schedule and the race's lost ids are replayed here from the
 * delays and the seeded order alone, without the simulator's event loop.
 */
class GeneratedScenariosTest {
    private static final int TRIES = 300;

    @Property(tries = TRIES)
    void everyRunFollowsEveryRuleOfTheTrace(@ForAll("scenarios") Scenario scenario) {
        assertEquals(List.of(), TraceChecks.check(Simulator.run(scenario), 0));
    }

    @Property(tries = 100)
    void theSameScenarioAndSeedGiveByteIdenticalJson(@ForAll("scenarios") Scenario scenario) throws IOException {
        Scenario again = new Scenario(scenario.mode(), scenario.calls(), scenario.delays(), scenario.holdMs(),
                scenario.seed());
        assertArrayEquals(json(Simulator.run(scenario)), json(Simulator.run(again)));
    }

    @Property(tries = TRIES)
    void sequentialCallsRunBackToBackAndTheTotalIsTheSumOfTheSleeps(
            @ForAll("scenarios") Scenario generated) {
        Scenario scenario = generated.withMode(Mode.SEQUENTIAL);
        Trace trace = Simulator.run(scenario);
        long[] delay = delays(scenario);
        long start = 0;
        for (int lane = 1; lane <= scenario.calls(); lane++) {
            int sleep = onlySpan(trace, lane, SpanKind.SLEEP);
            assertEquals(start, trace.start(sleep), "dbCall(id" + lane + ") starts when the one before it ended");
            assertEquals(delay[lane], trace.duration(sleep));
            start += delay[lane];
        }
        assertEquals(start, trace.endMicros());
        List<Integer> inOrder = IntStream.rangeClosed(1, scenario.calls()).boxed().collect(Collectors.toList());
        assertEquals(expectedConsole(inOrder, start, null), trace.console());
    }

    @Property(tries = TRIES)
    void concurrentTotalIsTheLongestSleepAndPrintsFollowTheSleeps(@ForAll("scenarios") Scenario generated) {
        Scenario scenario = generated.withMode(Mode.CONCURRENT);
        Trace trace = Simulator.run(scenario);
        long[] delay = delays(scenario);
        long longest = Arrays.stream(delay).max().orElseThrow();
        assertEquals(longest, trace.endMicros());
        assertEquals(expectedConsole(byWakeUp(scenario, delay), longest, null), trace.console());
    }

    /**
     * Every goroutine asks for the lock when its sleep ends; the lock goes to them in that order (ties
     * in the seeded order), each holding it for the hold time, and the total is the last unlock.
     */
    @Property(tries = TRIES)
    void mutexServesFirstComeFirstServedAndTheTotalIsTheLastUnlock(@ForAll("scenarios") Scenario generated) {
        Scenario scenario = generated.withMode(Mode.MUTEX);
        Trace trace = Simulator.run(scenario);
        long[] delay = delays(scenario);
        long hold = scenario.holdMs() * 1_000;
        List<Integer> order = byWakeUp(scenario, delay);
        long free = 0;
        for (int lane : order) {
            long acquired = Math.max(delay[lane], free);
            free = acquired + hold;
            int held = onlySpan(trace, lane, SpanKind.LOCK_HELD);
            assertEquals(acquired, trace.start(held), "id" + lane + " gets the lock");
            assertEquals(hold, trace.duration(held));
            int waits = count(trace, lane, SpanKind.LOCK_WAIT);
            assertEquals(acquired > delay[lane] ? 1 : 0, waits, "id" + lane + " waits only if the lock is taken");
            if (waits == 1) {
                int wait = onlySpan(trace, lane, SpanKind.LOCK_WAIT);
                assertEquals(delay[lane], trace.start(wait));
                assertEquals(acquired, trace.end(wait));
            }
        }
        assertEquals(free, trace.endMicros());
        assertEquals(ids(order), trace.results());
        assertEquals(expectedConsole(order, free, order), trace.console());
    }

    /**
     * Without the lock each goroutine reads the slice's length when its sleep ends and writes its id
     * at that index a hold time later, setting the length to one past it; goroutines acting at the
     * same instant go in the seeded order. Ids overwritten this way are lost.
     */
    @Property(tries = TRIES)
    void raceResultsAndLostIdsFollowTheReadLengthModel(@ForAll("scenarios") Scenario generated) {
        Scenario scenario = generated.withMode(Mode.RACE);
        Trace trace = Simulator.run(scenario);
        long[] delay = delays(scenario);
        long hold = scenario.holdMs() * 1_000;
        Draws draws = Draws.of(scenario);
        int n = scenario.calls();
        // Each goroutine acts twice: it reads (step 0) when it wakes and writes (step 1) a hold later.
        List<long[]> steps = new ArrayList<>(2 * n);
        for (int lane = 1; lane <= n; lane++) {
            steps.add(new long[] {delay[lane], draws.rank(lane), 0, lane});
            steps.add(new long[] {delay[lane] + hold, draws.rank(lane), 1, lane});
        }
        steps.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]).thenComparingLong(s -> s[2]));
        int[] read = new int[n + 1];
        int[] slot = new int[n];
        int length = 0;
        for (long[] step : steps) {
            int lane = (int) step[3];
            if (step[2] == 0) {
                read[lane] = length;
            } else {
                slot[read[lane]] = lane;
                length = read[lane] + 1;
            }
        }
        List<Integer> kept = Arrays.stream(slot, 0, length).boxed().collect(Collectors.toList());
        int[] lost = IntStream.rangeClosed(1, n).filter(lane -> !kept.contains(lane)).toArray();
        for (int lane = 1; lane <= n; lane++) {
            assertEquals(read[lane], trace.arg(onlySpan(trace, lane, SpanKind.APPEND)), "the length id" + lane + " read");
        }
        assertEquals(ids(kept), trace.results());
        assertArrayEquals(lost, trace.lostLanes());
        long last = Arrays.stream(delay).max().orElseThrow() + hold;
        assertEquals(last, trace.endMicros());
        assertEquals(expectedConsole(byWakeUp(scenario, delay), last, kept), trace.console());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Mode> modes = Arbitraries.of(Mode.class);
        Arbitrary<Integer> calls = Arbitraries.integers().between(Limits.MIN_CALLS, 2_000);
        // Short holds and delays make many goroutines act at the same instant, where order matters.
        Arbitrary<Long> holds = Arbitraries.oneOf(Arbitraries.longs().between(0, 5),
                Arbitraries.longs().between(0, Limits.MAX_HOLD_MS));
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(modes, calls, holds, seeds)
                .flatAs((mode, n, hold, seed) -> delays(n).map(d -> new Scenario(mode, n, d, hold, seed)));
    }

    private static Arbitrary<DelaySpec> delays(int calls) {
        Arbitrary<Long> bound = Arbitraries.oneOf(Arbitraries.longs().between(1, 10),
                Arbitraries.longs().between(1, Limits.MAX_DELAY_MS));
        Arbitrary<DelaySpec> random = bound.map(DelaySpec.Random::new);
        Arbitrary<DelaySpec> fixed = bound.map(max -> new DelaySpec.Fixed(max - 1));
        Arbitrary<DelaySpec> listed = bound.flatMap(max -> Arbitraries.longs().between(0, max).list().ofSize(calls)
                .map(DelaySpec.Listed::new));
        return Arbitraries.oneOf(random, fixed, listed);
    }

    /** How long each call sleeps, in µs, by lane; random delays are checked against their range. */
    private static long[] delays(Scenario scenario) {
        long[] delay = new long[scenario.calls() + 1];
        Draws draws = Draws.of(scenario);
        for (int lane = 1; lane <= scenario.calls(); lane++) {
            DelaySpec spec = scenario.delays();
            if (spec instanceof DelaySpec.Fixed fixed) {
                delay[lane] = fixed.ms() * 1_000;
            } else if (spec instanceof DelaySpec.Listed listed) {
                delay[lane] = listed.ms().get(lane - 1) * 1_000;
            } else if (spec instanceof DelaySpec.Random random) {
                delay[lane] = draws.delayMicros(lane);
                assertTrue(delay[lane] >= 0 && delay[lane] < random.maxMs() * 1_000 && delay[lane] % 1_000 == 0,
                        "a random delay is whole milliseconds in [0, max): " + delay[lane]);
            }
        }
        return delay;
    }

    /** The lanes in the order their sleeps end; goroutines waking together go in the seeded order. */
    private static List<Integer> byWakeUp(Scenario scenario, long[] delay) {
        Draws draws = Draws.of(scenario);
        return IntStream.rangeClosed(1, scenario.calls()).boxed()
                .sorted(Comparator.<Integer>comparingLong(lane -> delay[lane]).thenComparingInt(draws::rank))
                .collect(Collectors.toList());
    }

    /** What the Go program prints: a line per call in print order, a blank line, the total, the slice. */
    private static List<String> expectedConsole(List<Integer> printOrder, long totalMicros, List<Integer> results) {
        List<String> lines = new ArrayList<>();
        for (int lane : printOrder) {
            lines.add("The result from the database is: id" + lane);
        }
        lines.add("");
        lines.add("Total execution time: " + GoDuration.ofMicros(totalMicros));
        if (results != null) {
            StringJoiner slice = new StringJoiner(" ", "[", "]");
            ids(results).forEach(slice::add);
            lines.add(slice.toString());
        }
        return lines;
    }

    private static List<String> ids(List<Integer> lanes) {
        return lanes.stream().map(Scenario::callId).collect(Collectors.toList());
    }

    private static int onlySpan(Trace trace, int lane, SpanKind kind) {
        assertEquals(1, count(trace, lane, kind), "dbCall(id" + lane + ") has one " + kind.traceName());
        for (int k = 0; k < trace.laneSize(lane); k++) {
            int i = trace.laneEvent(lane, k);
            if (trace.is(i, kind)) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    private static int count(Trace trace, int lane, SpanKind kind) {
        int count = 0;
        for (int k = 0; k < trace.laneSize(lane); k++) {
            if (trace.is(trace.laneEvent(lane, k), kind)) {
                count++;
            }
        }
        return count;
    }

    private static byte[] json(Trace trace) throws IOException {
        StringWriter out = new StringWriter();
        ChromeTraceJson.write(trace, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
