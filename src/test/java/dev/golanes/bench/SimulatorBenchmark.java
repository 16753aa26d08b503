package dev.golanes.bench;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.scenario.ScenarioBuilder;
import dev.golanes.trace.Trace;
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

    @Setup
    public void chooseScenario() {
        // The modes' default delays, as golanes run --mode M --calls N --seed 1 has them.
        scenario = new ScenarioBuilder().mode(Mode.parse(mode)).calls(calls).seed(1).build();
    }

    @Benchmark
    public Trace simulate() {
        return Simulator.run(scenario);
    }
}
