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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A lost id's cross sits on its green append bar: each stroke has a halo of its row's colour under it,
 * so the cross reads in grey print and for eyes that confuse its red with the bar's green.
 */
class LostCrossTest {

    @Test
    void everyStrokeOfTheCrossHasAHaloUnderIt() {
        Trace race = Simulator.run(Scenario.defaults(Mode.RACE, 42));
        Palette palette = Palette.LIGHT;
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), race, new TraceIndex(race).at(race.endMicros()), palette,
                Texts.forLocale(Locale.ENGLISH), 1);
        List<String> calls = surface.calls();
        int crosses = 0;
        for (int i = 0; i < calls.size(); i++) {
            String[] call = calls.get(i).split(" ");
            // Diagonal strokes in the lost colour, in the lanes (the legend's swatch is drawn apart).
            if (!call[0].equals("line") || Double.parseDouble(call[5]) != palette.lost() || call[2].equals(call[4])
                    || Double.parseDouble(call[2]) > layout.rowsBottom()) {
                continue;
            }
            // The same segment, wider, in the row's colour, drawn just before.
            String[] halo = calls.get(i - 2).split(" ");
            assertEquals(List.of(call[1], call[2], call[3], call[4]), List.of(halo[1], halo[2], halo[3], halo[4]), calls.get(i - 2));
            // The row's colour: the background, or the stripe of every other row.
            int halo5 = (int) Double.parseDouble(halo[5]);
            assertTrue(halo5 == palette.background() || halo5 == palette.zebra(), Integer.toHexString(halo5));
            assertTrue(Double.parseDouble(halo[6]) > Double.parseDouble(call[6]));
            crosses++;
        }
        assertEquals(2 * race.lostLanes().length, crosses, "two strokes per lost id");
    }

    /**
     * A narrow append bar's words ("len 0") stop short of the cross at its end, halo included, instead
     * of running under it, as they did in the comparison's 11-second axis.
     */
    @Test
    void theBarsWordsKeepClearOfTheCross() {
        Trace race = Simulator.run(Scenario.defaults(Mode.RACE, 42));
        // As the comparison draws it: on an axis of 11 s, in its smaller type, the append bars are narrow.
        double s = 0.85;
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1450, 170, "t", new FigureFonts()));
        TimelineLayout layout = new TimelineLayout(new FigureSpec(1450, 170, s, false, false), race.laneCount(),
                TimeWindow.whole(11_000_000), 1, TimelinePainter.gutterWidth(surface, race.laneCount(), s));
        TimelinePainter.paint(surface, layout, race, new TraceIndex(race).at(race.endMicros()), Palette.LIGHT,
                FigureLabels.of(Texts.forLocale(Locale.ENGLISH), race));
        int checked = 0;
        for (String call : surface.calls()) {
            String[] at = call.split(" ");
            if (!at[0].equals("line") || Double.parseDouble(at[5]) != Palette.LIGHT.lost() || at[2].equals(at[4])
                    || Double.parseDouble(at[2]) > layout.rowsBottom()) {
                continue;
            }
            double crossLeft = Math.min(Double.parseDouble(at[1]), Double.parseDouble(at[3]));
            double y = (Double.parseDouble(at[2]) + Double.parseDouble(at[4])) / 2;
            for (RecordingSurface.TextBox box : surface.textBoxes()) {
                if (box.text().startsWith("len") && box.top() < y && box.bottom() > y) {
                    // The halo's stroke is 6 px wide (scaled), with square ends: it reaches over 4 px left of the
                    // stroke's end; a pixel of air after that.
                    assertTrue(box.right() <= crossLeft - 5 * s, box + " runs under the cross at " + crossLeft);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no bar's words next to a cross");
    }
}
