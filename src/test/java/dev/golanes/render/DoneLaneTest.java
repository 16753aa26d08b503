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

/** A finished goroutine's lane: its tick stands clear of the grey "done" line that follows it. */
class DoneLaneTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    /**
     * The done line is quiet, not faint: 3:1 against both row colours in every theme (a line is a
     * graphic, WCAG's least for one). The light theme's was 2.3:1 on its striped rows, lost on a
     * washed-out projector.
     */
    @Test
    void theDoneLineReadsOnEveryRow() {
        for (Theme theme : Theme.values()) {
            Palette palette = theme.palette();
            for (int row : new int[] {palette.background(), palette.zebra()}) {
                double contrast = Palette.contrast(palette.done(), row);
                assertTrue(contrast >= 3, theme + ": done " + Integer.toHexString(palette.done()) + " on "
                        + Integer.toHexString(row) + " is " + contrast);
            }
        }
    }

    @Test
    void theDoneLineStartsAfterTheTick() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.CONCURRENT, 42));
        FigureFonts fonts = new FigureFonts();
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", fonts));
        TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);

        List<String[]> ticks = surface.calls().stream().filter(c -> c.startsWith("text ✓ @ "))
                .map(c -> c.substring("text ✓ @ ".length()).split(" ")).toList();
        List<String[]> doneLines = doneLines(surface);
        // Four of the five calls end before the run does: each has a tick and a line after it.
        assertTrue(ticks.size() >= 4, "ticks: " + surface.texts());
        int checked = 0;
        for (String[] tick : ticks) {
            double x = Double.parseDouble(tick[0]);
            double y = Double.parseDouble(tick[1]);
            double size = Double.parseDouble(tick[2]);
            double right = x + surface.textWidth("✓", new Surface.FontSpec(size, true, false));
            for (String[] line : doneLines) {
                if (Double.parseDouble(line[1]) == y) {
                    assertTrue(Double.parseDouble(line[0]) >= right,
                            "the done line at y " + y + " starts at " + line[0] + ", under the tick that ends at " + right);
                    checked++;
                }
            }
        }
        assertEquals(4, checked, "a done line after each early tick: " + surface.calls());
    }

    /**
     * A call that ended a moment before the last has its tick after the total's dashed line, as the last
     * call's is: at the end the line ran through it (Concurrent at 1024 x 768).
     */
    @Test
    void noTickUnderTheTotalsLine() {
        for (long early = 1; early <= 60; early++) {
            Trace trace = Simulator.run(new Scenario(Mode.CONCURRENT, 2,
                    new dev.golanes.scenario.DelaySpec.Listed(List.of(2_000L - early, 2_000L)), 0, 42));
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
            TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                    Palette.LIGHT, ENGLISH, 1);
            List<Double> totalLine = surface.calls().stream().filter(c -> c.startsWith("dashed "))
                    .map(c -> Double.parseDouble(c.substring("dashed ".length()).split(" ")[0])).toList();
            assertEquals(1, totalLine.size(), surface.calls().toString());
            double x = totalLine.get(0);
            List<RecordingSurface.TextBox> ticks = surface.textBoxes().stream().filter(box -> box.text().equals("✓")).toList();
            assertEquals(2, ticks.size(), "both calls end with a tick");
            for (RecordingSurface.TextBox tick : ticks) {
                assertTrue(tick.left() > x + 1 || tick.right() < x - 1, "id1 " + early + " ms before the end: the tick from "
                        + tick.left() + " to " + tick.right() + " is clear of the line at " + x);
            }
        }
    }


    /**
     * No Done's goroutines return without calling wg.Done(): a tick after each read as "done" on the
     * slide about the missing Done. Their lanes end in the line the legend names "returned (no
     * wg.Done())", without the tick the other programs' finished goroutines get.
     */
    @Test
    void noDonesGoroutinesGetNoTick() {
        for (Mode mode : new Mode[] {Mode.MISSING_DONE, Mode.CONCURRENT}) {
            Trace trace = Simulator.run(new Scenario(mode, 5, new dev.golanes.scenario.DelaySpec.Random(2000), 300, 42));
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
            TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                    Palette.LIGHT, ENGLISH, 1);
            long ticks = surface.calls().stream().filter(c -> c.startsWith("text ✓ @ ")).count();
            assertEquals(mode == Mode.MISSING_DONE ? 0 : 5, ticks, mode + ": " + surface.texts());
            assertTrue(doneLines(surface).size() >= 4, mode + ": a line after each goroutine that ended before the run");
        }
    }

    /**
     * A lost append's lane: its cross and "lost: overwritten" come where it was overwritten, and the
     * done line after them. It ran through the words, striking them out on a projector.
     */
    @Test
    void theDoneLineStartsAfterTheLostWords() {
        Trace trace = Simulator.run(new Scenario(Mode.RACE, 5, new dev.golanes.scenario.DelaySpec.Random(2000), 300, 3));
        FigureFonts fonts = new FigureFonts();
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", fonts));
        TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        String lost = FigureLabels.of(ENGLISH, trace).lost();
        List<String[]> words = surface.calls().stream().filter(c -> c.startsWith("text " + lost + " @ "))
                .map(c -> c.substring(("text " + lost + " @ ").length()).split(" ")).toList();
        List<String[]> doneLines = doneLines(surface);
        assertTrue(words.size() >= 2, "lost words: " + surface.texts());
        int checked = 0;
        for (String[] word : words) {
            double y = Double.parseDouble(word[1]);
            double right = Double.parseDouble(word[0]) + surface.textWidth(lost, new Surface.FontSpec(Double.parseDouble(word[2]), true, false));
            for (String[] line : doneLines) {
                if (Double.parseDouble(line[1]) == y) {
                    assertTrue(Double.parseDouble(line[0]) >= right,
                            "the done line at y " + y + " starts at " + line[0] + ", under the words that end at " + right);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 1, "a done line after the lost words: " + surface.calls());
    }

    /**
     * Presenting the race at 1280 x 720, id1's and id5's "lost: overwritten" ran over the total's dashed
     * line, which struck them through. The words are drawn after that line, on a plate of their row's
     * colour, and inside the picture.
     */
    @Test
    void theTotalsLineDoesNotStrikeTheLostWords() {
        Trace trace = Simulator.run(new Scenario(Mode.RACE, 5, new dev.golanes.scenario.DelaySpec.Random(2000), 300, 42));
        double width = 795;
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), (int) width, 365, "t", new FigureFonts()));
        TimelineFigure.paint(surface, FigureSpec.window(width, 365, 1.4), trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        String lost = FigureLabels.of(ENGLISH, trace).lost();
        List<String> calls = surface.calls();
        int lastDashed = -1;
        for (int i = 0; i < calls.size(); i++) {
            String[] call = calls.get(i).split(" ");
            if (call[0].equals("dashed") && call[1].equals(call[3])) {
                lastDashed = i;
            }
        }
        assertTrue(lastDashed >= 0, "the total's dashed line: " + calls);
        int checked = 0;
        for (int i = 0; i < calls.size(); i++) {
            if (!calls.get(i).startsWith("text " + lost + " @ ")) {
                continue;
            }
            String[] word = calls.get(i).substring(("text " + lost + " @ ").length()).split(" ");
            if (!word[3].equals(String.format(Locale.ROOT, "%.3f", (double) Palette.LIGHT.lost()))) {
                // The legend's entry, in the text's colour.
                continue;
            }
            double x = Double.parseDouble(word[0]);
            double y = Double.parseDouble(word[1]);
            double size = Double.parseDouble(word[2]);
            double right = x + surface.textWidth(lost, new Surface.FontSpec(size, true, false));
            assertTrue(i > lastDashed, "the words at y " + y + " drawn before the total's line, which strikes them");
            String[] plate = calls.get(i - 1).split(" ");
            assertEquals("fill", plate[0], "a plate under the words at y " + y);
            double plateX = Double.parseDouble(plate[1]);
            double plateY = Double.parseDouble(plate[2]);
            assertTrue(plateX <= x && plateX + Double.parseDouble(plate[3]) >= right
                    && plateY <= y - size / 2 && plateY + Double.parseDouble(plate[4]) >= y + size / 2,
                    "the plate " + calls.get(i - 1) + " under the words " + calls.get(i));
            assertTrue(right <= width, "the words at y " + y + " end at " + right + ", past the picture's " + width);
            checked++;
        }
        assertTrue(checked >= 1, "words for a lost id: " + surface.texts());
        // In one type: words made smaller to end inside the picture, beside others in full size, looked amiss.
        String lostColour = String.format(Locale.ROOT, "%.3f", (double) Palette.LIGHT.lost());
        List<String> sizes = calls.stream().filter(c -> c.startsWith("text " + lost + " @ "))
                .map(c -> c.substring(("text " + lost + " @ ").length()).split(" ")).filter(word -> word[3].equals(lostColour))
                .map(word -> word[2]).distinct().toList();
        assertEquals(1, sizes.size(), "the lost words' sizes: " + sizes);
    }

    /**
     * While the race plays, the playhead passes over the lost words as over everything else: drawn
     * after them, on their plates it went missing in the rows the class was watching.
     */
    @Test
    void whileTheRunPlaysThePlayheadGoesOverTheLostWords() {
        Trace trace = Simulator.run(new Scenario(Mode.RACE, 5, new dev.golanes.scenario.DelaySpec.Random(2000), 300, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 795, 365, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.layout(surface, FigureSpec.window(795, 365, 1.4), trace, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(2_006_100), Palette.LIGHT,
                FigureLabels.of(ENGLISH, trace), -1, true));
        String lost = FigureLabels.of(ENGLISH, trace).lost();
        String playhead = String.format(Locale.ROOT, "%.3f", (double) Palette.LIGHT.playhead());
        List<String> calls = surface.calls();
        int lastWords = -1;
        int playheadLine = -1;
        for (int i = 0; i < calls.size(); i++) {
            String[] call = calls.get(i).split(" ");
            if (calls.get(i).startsWith("text " + lost + " @ ") && !calls.get(i).contains(" " + String.format(Locale.ROOT, "%.3f",
                    (double) Palette.LIGHT.text()) + " ")) {
                lastWords = i;
            }
            if (call[0].equals("line") && call[1].equals(call[3]) && call[5].equals(playhead)) {
                playheadLine = i;
            }
        }
        assertTrue(lastWords >= 0, "lost words at 2006.1 ms: " + surface.texts());
        assertTrue(playheadLine > lastWords, "the playhead's line drawn at " + playheadLine + ", the lost words at " + lastWords);
    }

    /** The done lines drawn, in the light theme's colour, each as its recorded coordinates. */
    private static List<String[]> doneLines(RecordingSurface surface) {
        String doneColour = String.format(Locale.ROOT, "%.3f", (double) Palette.LIGHT.done());
        return surface.calls().stream().filter(c -> c.startsWith("line "))
                .map(c -> c.substring("line ".length()).split(" ")).filter(line -> line[4].equals(doneColour)).toList();
    }
}
