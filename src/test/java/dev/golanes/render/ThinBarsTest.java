package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bars far under a pixel wide are drawn as the runs they make, not one by one: sequential main's
 * 100,000 dbCall bars in a 1,280-pixel picture are a handful of shapes (one by one they made an SVG
 * of 180 MB at 1,000,000 calls), while bars wide enough to see keep each their own.
 */
class ThinBarsTest {

    /** The bars drawn in main's lane: fills in the colour of main running dbCall. */
    private static long mainLaneBars(Trace trace) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, new FigureSpec(1280, 720, 1, true, true), trace,
                new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, Texts.forLocale(Locale.ENGLISH), 1);
        double top = layout.rowTop(0);
        double bottom = top + layout.laneHeight();
        return surface.calls().stream().filter(call -> call.startsWith("fill ")).filter(call -> {
            String[] at = call.split(" ");
            double y = Double.parseDouble(at[2]);
            return y > top && y < bottom && (int) Double.parseDouble(at[5]) == Palette.LIGHT.call();
        }).count();
    }

    @Test
    void thousandsOfThinBarsAreDrawnAsTheirRun() {
        Trace many = Simulator.run(new Scenario(Mode.SEQUENTIAL, 100_000, new DelaySpec.Random(2000), 300, 5));
        long bars = mainLaneBars(many);
        assertTrue(bars >= 1 && bars < 20, bars + " bars in main's lane");
    }

    /** Five calls of visible width: five bars. */
    @Test
    void barsWideEnoughToSeeKeepTheirOwn() {
        Trace five = Simulator.run(new Scenario(Mode.SEQUENTIAL, 5, new DelaySpec.Listed(List.of(500L, 800L, 300L, 900L, 400L)),
                300, 5));
        assertEquals(5, mainLaneBars(five));
    }
}
