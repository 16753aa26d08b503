package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bars' edges stand out from both row colours (3:1, WCAG's least for a graphic) in every theme: the
 * light themes' sky-blue sleeps (2.1:1) and orange queues (2:1) faded into the lanes on a washed-out
 * projector. Drawn so in the lanes and in the legend's swatches.
 */
class BarEdgesTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    @Test
    void everyBarsEdgeReadsOnEveryRow() {
        for (Theme theme : Theme.values()) {
            Palette palette = theme.palette();
            for (int colour : new int[] {palette.sleep(), palette.lockWait(), palette.wgWait()}) {
                int edge = palette.edgeOf(colour);
                for (int row : new int[] {palette.background(), palette.zebra()}) {
                    assertTrue(Palette.contrast(edge, row) >= 3, theme + ": edge " + Integer.toHexString(edge) + " of "
                            + Integer.toHexString(colour) + " on " + Integer.toHexString(row) + " is " + Palette.contrast(edge, row));
                }
            }
        }
    }

    /** On dark rows a dim colour's edge is lighter, not darker: darkening took it further into the rows. */
    @Test
    void onDarkRowsTheEdgeIsLighter() {
        Palette dark = Theme.DARK.palette();
        int dim = 0xFF2A3340;
        Palette dimmed = new Palette(dark.background(), dark.zebra(), dark.grid(), dark.text(), dark.mutedText(), dim,
                dark.lockWait(), dark.lockHeld(), dark.wgWait(), dark.call(), dark.done(), dark.playhead(), dark.accent(),
                dark.append(), dark.lost());
        int edge = dimmed.edgeOf(dim);
        assertTrue(Palette.contrast(edge, dark.background()) >= 3, Integer.toHexString(edge) + " on "
                + Integer.toHexString(dark.background()) + " is " + Palette.contrast(edge, dark.background()));
    }

    /** The five sleeps and the legend's swatch; the queue's four waits, main's wait and their two swatches. */
    @Test
    void theLanesAndTheLegendAreEdgedSo() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        assertEquals(6, strokes(surface, Palette.LIGHT.edgeOf(Palette.LIGHT.sleep())), "sleeps");
        assertEquals(5, strokes(surface, Palette.LIGHT.edgeOf(Palette.LIGHT.lockWait())), "the queue's waits");
        assertEquals(2, strokes(surface, Palette.LIGHT.edgeOf(Palette.LIGHT.wgWait())), "main's wait");
    }

    private static long strokes(RecordingSurface surface, int colour) {
        return surface.calls().stream().filter(call -> call.startsWith("stroke "))
                .filter(call -> (int) Double.parseDouble(call.split(" ")[5]) == colour).count();
    }
}
