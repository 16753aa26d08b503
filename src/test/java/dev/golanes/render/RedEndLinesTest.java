package dev.golanes.render;

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
 * Where Go stopped the program (No Done's deadlock, Unlock without Lock) or killed the goroutines as
 * it ended (Add inside), the run ends, and so does the end's dashed line: the red lines are drawn over
 * it. Under it, they showed as two red slivers either side of a blue line.
 */
class RedEndLinesTest {

    @Test
    void theRedLinesAreOverTheEndsDashedLine() {
        for (Mode mode : List.of(Mode.MISSING_DONE, Mode.DOUBLE_UNLOCK, Mode.ADD_INSIDE)) {
            for (Theme theme : Theme.values()) {
                Palette palette = theme.palette();
                Trace trace = Simulator.run(Scenario.defaults(mode, 42));
                RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
                TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace,
                        new TraceIndex(trace).at(trace.endMicros()), palette, Texts.forLocale(Locale.ENGLISH), 1);
                double end = layout.x(trace.endMicros());
                List<String> calls = surface.calls();
                int dashed = -1;
                int red = 0;
                for (int i = 0; i < calls.size(); i++) {
                    String[] call = calls.get(i).split(" ");
                    boolean vertical = call.length > 5 && call[1].equals(call[3]) && Math.abs(Double.parseDouble(call[1]) - end) < 2
                            && Double.parseDouble(call[4]) <= layout.rowsBottom() + 0.01;
                    if (call[0].equals("dashed") && vertical) {
                        dashed = i;
                    } else if (call[0].equals("line") && vertical && (int) Double.parseDouble(call[5]) == palette.lost()) {
                        assertTrue(dashed >= 0 && i > dashed, mode + ": a red line at the end is drawn before the dashed one: " + calls.get(i));
                        red++;
                    }
                }
                assertTrue(dashed >= 0, mode + ": the end's dashed line");
                assertTrue(red > 0, mode + ": a red line at the end");
            }
        }
    }

    /**
     * Add inside's "killed when the program ended" is what the pitfall teaches: on a 1280 x 720 screen
     * (a timeline 780 x 300) it is at least 12 px, 0.68 of a bar's height as the bars' own labels
     * are (up to 14 px), not half a bar's height (11 px there, 9 px on a shorter screen).
     */
    @Test
    void theKilledWordsAreAtLeast12Px() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 780, 300, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(780, 300, 1), trace,
                new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, Texts.forLocale(Locale.ENGLISH), 1);
        double expected = Math.min(14, layout.barHeight() * 0.68);
        int killed = 0;
        for (String call : surface.calls()) {
            String[] at = call.split(" @ ");
            // In the lanes: the legend names it too.
            if (at[0].equals("text killed when the program ended") && Double.parseDouble(at[1].split(" ")[1]) < layout.rowsBottom()) {
                double size = Double.parseDouble(at[1].split(" ")[2]);
                assertTrue(size >= expected - 0.01 && size >= 12, "killed in " + size + " px, bars " + expected);
                killed++;
            }
        }
        assertTrue(killed == 5, "five goroutines killed: " + killed);
    }
}
