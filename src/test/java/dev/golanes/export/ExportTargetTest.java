package dev.golanes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.engine.Simulator;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
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
}
