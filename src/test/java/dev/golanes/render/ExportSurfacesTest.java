package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** SVG and PNG are the same figure: one painter makes the same calls on both surfaces. */
class ExportSurfacesTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final FigureSpec SPEC = new FigureSpec(1280, 720, 1, true, true);

    @Test
    void svgAndPngGetTheSameDrawCallsFromThePainter() {
        for (Mode mode : Mode.values()) {
            Trace trace = Simulator.run(Scenario.defaults(mode, 42));
            for (long at : new long[] {0, trace.endMicros() / 2, trace.endMicros()}) {
                Moment moment = new TraceIndex(trace).at(at);
                RecordingSurface svg = new RecordingSurface(
                        new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
                TimelineFigure.paint(svg, SPEC, trace, moment, Palette.LIGHT, ENGLISH, 1);
                BufferedImage image = new BufferedImage(2560, 1440, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.scale(2, 2);
                RecordingSurface png = new RecordingSurface(new Java2DSurface(g, new FigureFonts()));
                TimelineFigure.paint(png, SPEC, trace, moment, Palette.LIGHT, ENGLISH, 1);
                g.dispose();
                // Add inside's legend has one entry (its goroutines are killed before they do anything
                // else), and at 0 ms the bars are slivers drawn without their words.
                assertTrue(svg.calls().size() > 30, mode + " draws a figure: " + svg.calls().size());
                assertEquals(svg.calls(), png.calls(), mode + " at " + at);
            }
        }
    }

    /**
     * The add-inside pitfall's run is 5 µs: its axis spans the 5 µs, counted in µs, so main's go
     * statements fill the lane (on an axis of a millisecond they were a sliver at its start).
     * Fractions of a millisecond and their decimal point are {@link TicksTest}'s.
     */
    @Test
    void aRunOfMicrosecondsHasAnAxisOfMicroseconds() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        for (String language : new String[] {"en", "id"}) {
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
            TimelineFigure.paint(surface, SPEC, trace, new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT,
                    Texts.forLocale(Locale.forLanguageTag(language)), 1);
            assertTrue(surface.texts().containsAll(List.of("1 µs", "2", "3", "4", "go dbCall(i) ×5")), language + ": " + surface.texts());
        }
    }

    /**
     * A cut at the axis' end is named before it only in a lane with nothing drawn (Add inside's
     * goroutines never ran); in Unlock without Lock the words would cover the goroutines' bars.
     */
    @Test
    void theKilledWordsNeverCoverABar() {
        for (Mode mode : List.of(Mode.ADD_INSIDE, Mode.DOUBLE_UNLOCK)) {
            Trace trace = Simulator.run(Scenario.defaults(mode, 42));
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
            TimelineFigure.paint(surface, SPEC, trace, new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 1);
            long named = surface.texts().stream().filter("killed when the program ended"::equals).count();
            assertEquals(mode == Mode.ADD_INSIDE ? 6 : 0, named, mode + ": five lanes and the legend, or none: " + surface.texts());
        }
    }

    @Test
    void theFigureHasItsTitleLanesLegendAndTotal() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        RecordingSurface surface = new RecordingSurface(
                new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(surface, SPEC, trace, new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 1);
        List<String> texts = surface.texts();
        assertEquals("GoLanes · Mutex: 5 calls, 2000 ms each, hold 300 ms · seed 42 · simulated", texts.get(0));
        assertTrue(texts.containsAll(List.of("main", "id1", "id2", "id3", "id4", "id5")), texts.toString());
        assertTrue(texts.containsAll(List.of("sleeping (time.Sleep)", "main in wg.Wait()", "waiting for the lock",
                "holding the lock", "done")), texts.toString());
        assertTrue(texts.contains("Total " + GoDuration.ofMicros(trace.endMicros())), texts.toString());
    }

    @Test
    void aFigureThatCannotShowEveryCallSaysWhichItShows() {
        Trace trace = Simulator.run(new Scenario(Mode.CONCURRENT, 1000, new dev.golanes.scenario.DelaySpec.Random(2000), 0, 7));
        RecordingSurface surface = new RecordingSurface(
                new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, SPEC, trace, new TraceIndex(trace).at(0), Palette.LIGHT,
                ENGLISH, 1);
        assertTrue(layout.scrolls());
        String note = "id1 to id" + layout.visibleCalls() + " of 1000 calls shown";
        assertTrue(surface.texts().contains(note), surface.texts().toString());

        int everyCall = TimelineFigure.heightForEveryCall(surface, SPEC, trace);
        FigureSpec tall = new FigureSpec(1280, everyCall, 1, true, true);
        assertFalse(TimelineFigure.layout(surface, tall, trace, 1).scrolls());
        FigureSpec shorter = new FigureSpec(1280, everyCall - 1, 1, true, true);
        assertTrue(TimelineFigure.layout(surface, shorter, trace, 1).scrolls());
    }

    @Test
    void hatchingIsPlainLinesInsideTheBox() {
        List<double[]> stripes = new ArrayList<>();
        Hatching.stripes(10, 20, 50, 30, 7, (x1, y1, x2, y2) -> stripes.add(new double[] {x1, y1, x2, y2}));
        assertTrue(stripes.size() >= 10, "a 50 px box at 7 px spacing has about 11 stripes");
        for (double[] s : stripes) {
            for (int i = 0; i < 4; i += 2) {
                assertTrue(s[i] >= 10 - 1e-9 && s[i] <= 60 + 1e-9, "x inside the box: " + s[i]);
                assertTrue(s[i + 1] >= 20 - 1e-9 && s[i + 1] <= 50 + 1e-9, "y inside the box: " + s[i + 1]);
            }
            assertEquals(s[2] - s[0], s[1] - s[3], 1e-9, "rises at 45 degrees");
        }
    }

    @Test
    void svgTextIsEscapedAndKeepsItsSpaces() {
        StringWriter out = new StringWriter();
        SvgSurface svg = new SvgSurface(out, 100, 50, "a < b & c", new FigureFonts());
        svg.text("x  ·  <y> & \"z\"", 1.005, 10, new Surface.FontSpec(12, false, false), 0x80FF0000, Surface.Align.RIGHT);
        svg.finish();
        String text = out.toString();
        assertTrue(text.contains("<title>a &lt; b &amp; c</title>"), text);
        assertTrue(text.contains(">x \u00A0· \u00A0&lt;y&gt; &amp; &quot;z&quot;</text>"), text);
        assertTrue(text.contains("fill=\"#ff0000\" fill-opacity=\"0.5\""), text);
        assertTrue(text.contains("text-anchor=\"end\""), text);
        assertTrue(text.endsWith("</svg>\n"), text);
    }

    @Test
    void textIsMeasuredTheSameOnBothExportSurfaces() {
        FigureFonts fonts = new FigureFonts();
        Surface.FontSpec font = new Surface.FontSpec(15, true, true);
        double svg = new SvgSurface(Writer.nullWriter(), 1, 1, "", fonts).textWidth("id10000", font);
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        double png = new Java2DSurface(image.createGraphics(), fonts).textWidth("id10000", font);
        assertEquals(svg, png);
        // DejaVu Sans Mono advances 1233/2048 em per character.
        assertEquals(7 * 15 * 1233 / 2048.0, svg, 0.01);
    }

    /**
     * A note on two lines parts a number from its unit only as a last resort, in the smallest type from the
     * left edge: presenting Mutex in Indonesian at 1024 x 768, its first line ended "tidur 2000" and the
     * next began "ms, lalu menunggu", where both lines fitted with "2000 ms" kept together.
     */
    @Test
    void aNoteOnTwoLinesKeepsANumberWithItsUnit() {
        Texts indonesian = Texts.forLocale(Locale.forLanguageTag("id"));
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        String note = FigureLabels.of(indonesian, trace).note();
        assertTrue(note.contains("2000 ms, lalu"), note);
        int twoLines = 0;
        for (double scale : new double[] {1, 1.25, 1.5}) {
            for (int width = (int) (300 * scale); width <= 1100 * scale; width += 2) {
                RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), width, 720, "t", new FigureFonts()));
                TimelineFigure.paint(surface, FigureSpec.window(width, 720, scale), trace, new TraceIndex(trace).at(trace.endMicros()),
                        Palette.LIGHT, indonesian, 1);
                List<String[]> lines = surface.calls().stream().filter(call -> call.startsWith("text "))
                        .map(call -> new String[] {call.substring(5, call.indexOf(" @ ")), call.substring(call.indexOf(" @ ") + 3)})
                        .filter(line -> (int) Double.parseDouble(line[1].split(" ")[3]) == Palette.LIGHT.accent()
                                && line[0].length() > 3 && note.contains(line[0]))
                        .toList();
                if (lines.size() == 2) {
                    twoLines++;
                    String[] at = lines.get(1)[1].split(" ");
                    boolean lastResort = Double.parseDouble(at[0]) == 8 * scale && Double.parseDouble(at[2]) == 11 * scale;
                    assertTrue(lastResort || !lines.get(1)[0].matches("(ms|s)\\b.*"),
                            "at " + width + " x " + scale + ": " + lines.get(0)[0] + " | " + lines.get(1)[0] + " @ " + lines.get(1)[1]);
                }
            }
        }
        assertTrue(twoLines > 100, "the note went on two lines at " + twoLines + " widths");
    }

    @Test
    void aLongNoteOnANarrowFigureGoesOnTwoLinesWithNothingCut() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.ADD_INSIDE, 42));
        String note = FigureLabels.of(ENGLISH, trace).note();
        assertTrue(note.contains("is a lie"), note);
        for (int width : new int[] {1280, 900, 700}) {
            FigureSpec spec = new FigureSpec(width, 720, 1, true, true);
            RecordingSurface surface = new RecordingSurface(
                    new SvgSurface(Writer.nullWriter(), width, 720, "t", new FigureFonts()));
            TimelineFigure.paint(surface, spec, trace, new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT,
                    ENGLISH, 1);
            List<String> texts = surface.texts();
            int first = -1;
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).length() > 20 && note.startsWith(texts.get(i))) {
                    first = i;
                }
            }
            assertTrue(first >= 0, width + ": " + texts);
            String shown = texts.get(first).equals(note) ? note : texts.get(first) + " " + texts.get(first + 1);
            assertEquals(note, shown, "at width " + width);
        }
    }

    @Test
    void theGoroutineThatHitAFatalErrorIsOutlined() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        int fatal = -1;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.is(i, dev.golanes.trace.MarkKind.FATAL)) {
                fatal = i;
            }
        }
        int lane = trace.lane(fatal);
        assertTrue(lane > 0, "a goroutine, not main, unlocked the unlocked mutex");
        RecordingSurface surface = new RecordingSurface(
                new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, SPEC, trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        String outline = String.format(Locale.ROOT, "stroke %.3f %.3f ", layout.left(), layout.barTop(lane) - 2);
        assertTrue(surface.calls().stream().anyMatch(call -> call.startsWith(outline)
                        && call.contains(String.format(Locale.ROOT, " %.3f ", (double) Palette.LIGHT.lost()))),
                "no red outline on " + Trace.laneName(lane) + ": " + surface.calls());

        RecordingSurface before = new RecordingSurface(
                new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineFigure.paint(before, SPEC, trace, new TraceIndex(trace).at(trace.start(fatal) - 1), Palette.LIGHT,
                ENGLISH, 1);
        assertFalse(before.calls().stream().anyMatch(call -> call.startsWith(outline)), "not before it happens");
    }
}
