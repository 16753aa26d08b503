package dev.golanes.bench;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator on a million calls in every mode: one run of the program to its frozen trace, as
 * {@code golanes run} and the window do it. Each operation is a whole run (a few tenths of a
 * second), and every one is timed, so JMH reports the median and the spread (p0.50, p0.90, p1.00)
 * that the README quotes: on a shared machine the median means more than the mean. Run it with
 * {@code mvn -Pbench test} (see README, Performance).
 *
 * <p>The floor, {@link #recordOnly}, writes as many events as the mode's trace has into a trace of
 * the same size and builds it, with no program behind them: what storing the trace costs on this
 * machine at this moment. The simulator's time over the floor's is the cost of the scheduling.
 */
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class SimulatorBenchmark {
    @Param({"sequential", "concurrent", "mutex", "race", "add-inside", "missing-done", "double-unlock"})
    public String mode;

    @Param({"1000000"})
    public int calls;

    private Scenario scenario;
    private int events;

    @Setup
    public void chooseScenario() {
        // The modes' default delays, as golanes run --mode M --calls N --seed 1 has them.
        scenario = new ScenarioBuilder().mode(Mode.parse(mode)).calls(calls).seed(1).build();
        events = Simulator.run(scenario).size();
    }

    @Benchmark
    public Trace simulate() {
        return Simulator.run(scenario);
    }

    /** The floor: the mode's number of events recorded lane after lane, in time order, then built. */
    @Benchmark
    public Trace recordOnly() {
        TraceBuilder trace = new TraceBuilder(scenario, Trace.SIMULATED, events);
        for (int i = 0; i < events; i++) {
            trace.mark(1 + i % calls, MarkKind.WG_DONE, i / calls, 0);
        }
        return trace.buildFinal(events / calls + 1, true);
    }
}
