package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The file name's extension decides the format; the dialog's choice fills in a missing one. */
class ExportTargetTest {
    private static final Trace MUTEX = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));

    @Test
    void theExtensionDecidesTheFormat() {
        assertEquals(new ExportTarget(Path.of("/tmp/slide.SVG"), ExportFormat.SVG),
                ExportTarget.of(Path.of("/tmp/slide.SVG"), ExportFormat.PNG));
        assertEquals(new ExportTarget(Path.of("run.csv"), ExportFormat.CSV), ExportTarget.of(Path.of("run.csv"), ExportFormat.JSON));
    }

    @Test
    void aNameWithoutAKnownExtensionGetsThePickedOne() {
        assertEquals(new ExportTarget(Path.of("/tmp/slide.png"), ExportFormat.PNG),
                ExportTarget.of(Path.of("/tmp/slide"), ExportFormat.PNG));
        assertEquals(new ExportTarget(Path.of("/tmp/week.3.svg"), ExportFormat.SVG),
                ExportTarget.of(Path.of("/tmp/week.3"), ExportFormat.SVG));
    }

    /**
     * The save dialog keeps the offered name's extension when another type is picked: left as offered,
     * the name takes the picked type's extension ("CSV" wrote a PNG); typed by the user, it keeps its own.
     */
    @Test
    void theOfferedNameFollowsTheTypePickedInTheDialog() {
        String offered = "golanes-race-seed42.png";
        assertEquals(Path.of("/tmp/golanes-race-seed42.csv"),
                ExportTarget.followingThePickedType(Path.of("/tmp/golanes-race-seed42.png"), offered, ExportFormat.CSV));
        assertEquals(Path.of("/tmp/golanes-race-seed42.svg"),
                ExportTarget.followingThePickedType(Path.of("/tmp/golanes-race-seed42.png"), offered, ExportFormat.SVG));
        assertEquals(Path.of("/tmp/golanes-race-seed42.png"),
                ExportTarget.followingThePickedType(Path.of("/tmp/golanes-race-seed42.png"), offered, ExportFormat.PNG));
        assertEquals(Path.of("/tmp/slide.png"), ExportTarget.followingThePickedType(Path.of("/tmp/slide.png"), offered, ExportFormat.CSV),
                "a name the user typed keeps its extension");
        assertEquals(Path.of("/tmp/slide"), ExportTarget.followingThePickedType(Path.of("/tmp/slide"), offered, ExportFormat.CSV));
    }

    @Test
    void suggestedNamesSayWhatIsInTheFile() {
        assertEquals("golanes-mutex-seed42-2600ms.png", ExportTarget.suggestedName(MUTEX, 2_600_400, ExportFormat.PNG));
        assertEquals("golanes-mutex-seed42.svg", ExportTarget.suggestedName(MUTEX, MUTEX.endMicros(), ExportFormat.SVG));
        assertEquals("golanes-mutex-seed42.json", ExportTarget.suggestedName(MUTEX, 2_600_000, ExportFormat.JSON));
    }

    /**
     * Add inside's run takes microseconds: a picture at 2 µs was offered as "-0ms". A real run's
     * picture took the simulated one's name, so a slide pair "simulated, then real" overwrote one.
     */
    @Test
    void suggestedNamesTellMicrosecondsAndRealThreads() {
        Trace addInside = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        assertEquals("golanes-add-inside-seed42-1us.png", ExportTarget.suggestedName(addInside, 1, ExportFormat.PNG));
        TraceBuilder real = new TraceBuilder(Scenario.defaults(Mode.MUTEX, 42), "real");
        real.end(real.begin(1, SpanKind.SLEEP, 100, 2000), 2_000_100);
        Trace realMutex = real.build(3_000_000, true);
        assertEquals("golanes-mutex-real-seed42.png", ExportTarget.suggestedName(realMutex, realMutex.endMicros(), ExportFormat.PNG));
        assertEquals("golanes-mutex-real-seed42-1500ms.svg", ExportTarget.suggestedName(realMutex, 1_500_000, ExportFormat.SVG));
        assertEquals("golanes-mutex-real-seed42.csv", ExportTarget.suggestedName(realMutex, 1_500_000, ExportFormat.CSV));
    }
}
