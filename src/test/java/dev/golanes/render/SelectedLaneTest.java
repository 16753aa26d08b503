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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lane picked with a click stands out in every theme, and its name reads on it. The dark theme drew it
 * as the light theme's pale blue, a glaring band under a pale name (2:1); the high-contrast theme's tint
 * was grey on the paler grey of its stripes.
 */
class SelectedLaneTest {

    @ParameterizedTest
    @EnumSource(Theme.class)
    void thePickedLaneIsRuledAndItsNameReads(Theme theme) {
        Trace mutex = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        Palette palette = theme.palette();
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.layout(surface, FigureSpec.window(1280, 720, 1), mutex, 1);
        int picked = 2;
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(mutex, new TraceIndex(mutex).at(mutex.endMicros()),
                palette, FigureLabels.of(Texts.forLocale(Locale.ENGLISH), mutex), picked));
        double top = layout.rowTop(picked);
        double bottom = top + layout.laneHeight();
        Integer fill = null;
        Integer name = null;
        List<Double> rules = new ArrayList<>();
        for (String call : surface.calls()) {
            String[] at = call.split(" ");
            if (at[0].equals("fill") && Double.parseDouble(at[1]) == 0 && Math.abs(Double.parseDouble(at[2]) - top) < 0.01
                    && Math.abs(Double.parseDouble(at[4]) - layout.laneHeight()) < 0.01) {
                fill = (int) Double.parseDouble(at[5]);
            } else if (call.startsWith("text id2 @ ")) {
                name = (int) Double.parseDouble(at[6]);
            } else if (at[0].equals("line") && (int) Double.parseDouble(at[5]) == palette.accent() && at[2].equals(at[4])
                    && Double.parseDouble(at[1]) == 0 && Double.parseDouble(at[3]) >= layout.width() - 0.01) {
                rules.add(Double.parseDouble(at[2]));
            }
        }
        assertTrue(fill != null && name != null, theme + ": the row's fill " + fill + ", its name's colour " + name);
        assertTrue(fill != palette.background() && fill != palette.zebra(), theme + ": the picked row is filled apart");
        double reads = Palette.contrast(name, fill);
        assertTrue(reads >= 4.5, theme + ": its name " + Integer.toHexString(name) + " on " + Integer.toHexString(fill)
                + " at " + reads + ":1");
        // The row is the darker or the lighter of the rows, as its theme's ground is: not a light band on a dark ground.
        assertTrue(Palette.contrast(fill, palette.background()) < Palette.contrast(fill, Palette.textOn(palette.background())),
                theme + ": the picked row " + Integer.toHexString(fill) + " is nearer the ground than the text");
        assertEquals(2, rules.stream().filter(y -> y >= top && y <= bottom).count(),
                theme + ": ruled in the accent above and below, rows " + top + ".." + bottom + ", rules at " + rules);
    }
}
