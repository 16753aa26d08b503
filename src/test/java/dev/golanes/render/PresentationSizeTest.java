package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.MarkKind;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The timeline as presentation mode draws it in the window (text 1.4 times larger) beside the code
 * panel of a 1600 x 1000 screen: its numbers and its legend stay whole.
 */
class PresentationSizeTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final FigureSpec PRESENTING = FigureSpec.window(940, 560, 1.4);

    private static RecordingSurface paintEndOfMutexRun() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 940, 560, "t", new FigureFonts()));
        TimelineFigure.paint(surface, PRESENTING, trace, new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 1);
        return surface;
    }

    /**
     * A real race of 1000 calls, presenting on a 1280 x 720 projector (the timeline about 780 x 300):
     * its legend's six entries (main starting goroutines among them) stay on two lines in the legend's
     * band, in smaller type; a third line fell under the picture, and "lost" and "done" with it.
     */
    @Test
    void aRealRacesSixLegendEntriesFitTheirBand() {
        TraceBuilder real = new TraceBuilder(new Scenario(Mode.RACE, 1000, new DelaySpec.Fixed(1000), 300, 1), "real");
        // main starts a goroutine every 400 ms; each sleeps 1 s, then appends for 300 ms.
        int[] sleeps = new int[4];
        for (int lane = 1; lane <= 3; lane++) {
            long go = (lane - 1) * 400_000L;
            real.mark(0, MarkKind.GO, go, lane);
            sleeps[lane] = real.begin(lane, SpanKind.SLEEP, go, 1000);
        }
        int wait = real.begin(0, SpanKind.WG_WAIT, 800_000, 0);
        for (int lane = 1; lane <= 3; lane++) {
            long woke = (lane - 1) * 400_000L + 1_000_000;
            real.end(sleeps[lane], woke);
            // id2 and id3 read the same length: id3 overwrites id2.
            real.end(real.begin(lane, SpanKind.APPEND, woke, lane == 1 ? 0 : 1), woke + 300_000);
        }
        real.end(wait, 2_100_000);
        Trace trace = real.build(2_100_000, true);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Texts texts = Texts.forLocale(locale);
            List<String> words = legendWords(trace, texts, 780);
            for (String key : List.of("sleep", "wgWait", "go", "append", "lost", "done")) {
                assertTrue(words.contains(texts.format("legend." + key)), locale + ": " + key + " in " + words);
            }
            // On a 1024 x 768 projector the timeline is about 610 wide: even at 9 px the six entries
            // take three lines. "done" and main's "go" give way; "lost", what the race is about, stays.
            words = legendWords(trace, texts, 610);
            for (String key : List.of("sleep", "wgWait", "append", "lost")) {
                assertTrue(words.contains(texts.format("legend." + key)), locale + ", 1024: " + key + " in " + words);
            }
        }
    }

    /** The legend's words of {@code trace} at its end, presenting in a timeline {@code width} x 300; none under the picture. */
    private static List<String> legendWords(Trace trace, Texts texts, double width) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), width, 300, "t", new FigureFonts()));
        FigureSpec spec = FigureSpec.window(width, 300, 1.4);
        TimelineLayout layout = TimelineFigure.layout(surface, spec, trace, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, FigureLabels.of(texts, trace), -1, true));
        List<RecordingSurface.TextBox> legend = surface.textBoxes().stream()
                .filter(box -> box.top() >= layout.legendTop() - 1).toList();
        for (RecordingSurface.TextBox box : legend) {
            assertTrue(box.bottom() <= 300, texts.locale() + ", " + width + " wide: " + box + " under the picture");
        }
        return legend.stream().map(RecordingSurface.TextBox::text).toList();
    }

    /**
     * Presenting on a 1024 x 768 projector (the timeline about 640 wide), every note on a total, in
     * both languages, simulated and on real threads, is whole: on two lines, from the left edge if it
     * must, rather than cut short.
     */
    @Test
    void onAProjectorOf1024TheLongestNoteIsWhole() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Texts texts = Texts.forLocale(locale);
            List<Trace> traces = new java.util.ArrayList<>();
            for (Mode mode : Mode.values()) {
                traces.add(Simulator.run(Scenario.defaults(mode, 42)));
            }
            // A race with no read-write gap keeps every id, and says why that is still a data race.
            traces.add(Simulator.run(new Scenario(Mode.RACE, 5, new DelaySpec.Fixed(2000), 0, 42)));
            traces.add(Simulator.run(new Scenario(Mode.RACE, 5, new DelaySpec.Random(2000), 0, 42)));
            // The tutorial's mutex, holding the lock for no time, says why nobody waited.
            traces.add(Simulator.run(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(2000), 0, 42)));
            // Real threads have notes of their own, longer ones.
            traces.addAll(List.of(FigureLabelsTest.lateSleeper(), FigureLabelsTest.lateMutex(),
                    FigureLabelsTest.lateMutexOfFive(), FigureLabelsTest.luckyReal()));
            for (Trace trace : traces) {
                Mode mode = trace.scenario().mode();
                String note = FigureLabels.note(texts, trace);
                RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 640, 380, "t", new FigureFonts()));
                TimelineFigure.paint(surface, FigureSpec.window(640, 380, 1.4), trace, new TraceIndex(trace).at(trace.endMicros()),
                        Palette.LIGHT, texts, 1);
                // The note is the only text in the accent colour but the total's badge, drawn in white on it.
                List<String> drawn = surface.texts(Palette.LIGHT.accent());
                assertTrue(drawn.stream().noneMatch(text -> text.endsWith("…")), locale + ", " + mode.id() + ": " + drawn);
                assertEquals(note, String.join(" ", drawn), locale + ", " + mode.id());
            }
        }
    }

    /**
     * Presenting on a 1024 projector in Indonesian, Go's fatal error is tagged on main's row, in Go's
     * words; main's label stops short of the tag (without its counter if need be) instead of running under it.
     */
    @Test
    void mainsLabelKeepsClearOfTheFatalErrorsTag() {
        Texts indonesian = Texts.forLocale(Locale.forLanguageTag("id"));
        for (Mode mode : List.of(Mode.MISSING_DONE, Mode.DOUBLE_UNLOCK)) {
            Trace trace = Simulator.run(Scenario.defaults(mode, 42));
            SvgSurface svg = new SvgSurface(Writer.nullWriter(), 640, 380, "t", new FigureFonts());
            RecordingSurface surface = new RecordingSurface(svg);
            TimelineFigure.paint(surface, FigureSpec.window(640, 380, 1.4), trace, new TraceIndex(trace).at(trace.endMicros()),
                    Palette.LIGHT, indonesian, 1);
            List<String> calls = surface.calls();
            int tag = calls.indexOf(calls.stream().filter(c -> c.startsWith("text fatal error @ ")).findFirst()
                    .orElseThrow(() -> new AssertionError(mode.id() + ": no tag in " + surface.texts())));
            double tagLeft = Double.parseDouble(calls.get(tag - 1).split(" ")[1]);
            String label = calls.stream().filter(c -> c.startsWith("text main di wg.Wait()")).findFirst()
                    .orElseThrow(() -> new AssertionError(mode.id() + ": no label on main's row in " + surface.texts()));
            String text = label.substring(5, label.indexOf(" @ "));
            String[] at = label.substring(label.indexOf(" @ ") + 3).split(" ");
            double right = Double.parseDouble(at[0]) + svg.textWidth(text, new Surface.FontSpec(Double.parseDouble(at[2]), Boolean.parseBoolean(at[4]), false));
            assertTrue(right <= tagLeft, mode.id() + ": \"" + text + "\" ends at " + right + ", the tag begins at " + tagLeft);
        }
    }

    /**
     * Go's "fatal error" tag stays on main's row at every size the window draws, presenting or not: at
     * 1920 x 1080 presenting (text twice as large, main's row 40 px) it ran 8 px into id1's bar.
     */
    @Test
    void theFatalErrorsTagStaysOnMainsRow() {
        Trace defaultTrace = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        // The last two with lanes at their least height (14 px): 300 and 10,000 calls.
        for (double[] size : new double[][] {{1180, 400, 2.0}, {780, 300, 1.4}, {640, 380, 1.4}, {1100, 500, 1.0}, {900, 250, 1.0},
                {1280, 720, 300}, {1920, 1080, 10_000}}) {
            Trace trace = size[2] > 10 ? Simulator.run(new Scenario(Mode.DOUBLE_UNLOCK, (int) size[2], new DelaySpec.Fixed(2000), 300, 42))
                    : defaultTrace;
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), size[0], size[1], "t", new FigureFonts()));
            TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(size[0], size[1], size[2] > 10 ? 1 : size[2]), trace,
                    new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 1);
            List<String> calls = surface.calls();
            int tag = calls.indexOf(calls.stream().filter(c -> c.startsWith("text fatal error @ ")).findFirst()
                    .orElseThrow(() -> new AssertionError(java.util.Arrays.toString(size) + ": no tag in " + surface.texts())));
            String[] box = calls.get(tag - 1).split(" ");
            assertEquals("fill", box[0]);
            double top = Double.parseDouble(box[2]);
            double bottom = top + Double.parseDouble(box[4]);
            String where = java.util.Arrays.toString(size) + ": the tag from " + top + " to " + bottom + ", main's row from "
                    + layout.lanesTop() + " to " + layout.callsTop();
            assertTrue(top >= layout.lanesTop() - 0.01 && bottom <= layout.callsTop() + 0.01, where);
            String[] text = calls.get(tag).substring(calls.get(tag).indexOf(" @ ") + 3).split(" ");
            assertTrue(Double.parseDouble(text[2]) <= bottom - top, where + ", its type " + text[2]);
            assertTrue(Double.parseDouble(text[2]) >= 9, where + ", its type " + text[2] + ", under the least legible 9 px");
        }
    }

    /** Five holds of 300 ms and id1's wait of 300 ms: in smaller type if need be, but never blank. */
    @Test
    void everyLockBarKeepsItsNumber() {
        List<String> texts = paintEndOfMutexRun().texts();
        assertEquals(6, texts.stream().filter(text -> text.matches("300( ms)?")).count(), texts.toString());
    }

    /**
     * Every program's legend is in the same type, presenting at 1280: a longer one (mutex) takes two
     * lines rather than smaller type than the sequential one's.
     */
    @Test
    void everyLegendIsInTheSameType() {
        List<Double> sizes = new java.util.ArrayList<>();
        for (Mode mode : List.of(Mode.SEQUENTIAL, Mode.CONCURRENT, Mode.MUTEX, Mode.RACE, Mode.DOUBLE_UNLOCK)) {
            Trace trace = Simulator.run(Scenario.defaults(mode, 42));
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 795, 380, "t", new FigureFonts()));
            TimelineFigure.paint(surface, FigureSpec.window(795, 380, 1.4), trace, new TraceIndex(trace).at(trace.endMicros()),
                    Palette.LIGHT, ENGLISH, 1);
            sizes.add(size(surface, "sleeping (time.Sleep)"));
        }
        assertEquals(1, sizes.stream().distinct().count(), "the legend's type in sequential, concurrent, mutex, race and No Lock: " + sizes);
    }

    /** A legend on two lines splits evenly: "done" is not left alone under a full line. */
    @Test
    void aLegendOnTwoLinesIsSplitEvenly() {
        RecordingSurface surface = paintEndOfMutexRun();
        List<String> legend = List.of("sleeping (time.Sleep)", "main in wg.Wait()", "waiting for the lock", "holding the lock", "done");
        List<Double> rows = legend.stream().map(text -> y(surface, text)).distinct().toList();
        assertEquals(2, rows.size(), "the legend is on two lines here: " + surface.texts());
        long onFirst = legend.stream().filter(text -> y(surface, text) == rows.get(0)).count();
        assertTrue(onFirst == 2 || onFirst == 3, onFirst + " of 5 entries on the first line");
    }

    /**
     * Presenting on a 1280 x 720 projector, the timeline gets about 795 x 380: the bars' numbers are
     * in type close to the lanes' names (they were two thirds of it), and every lock bar keeps its number.
     */
    @Test
    void onAProjectorOf1280TheBarsNumbersAreNearlyAsLargeAsTheNames() {
        barsNumbersAreNearlyAsLargeAsTheNames(795, 380);
    }

    /** Presenting on a 1024 x 768 projector the timeline gets about 640 x 380: the same holds. */
    @Test
    void onAProjectorOf1024TheBarsNumbersAreNearlyAsLargeAsTheNames() {
        barsNumbersAreNearlyAsLargeAsTheNames(640, 380);
    }

    private static void barsNumbersAreNearlyAsLargeAsTheNames(double width, double height) {
        Trace trace = Simulator.run(Scenario.defaults(Mode.MUTEX, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), width, height, "t", new FigureFonts()));
        TimelineFigure.paint(surface, FigureSpec.window(width, height, 1.4), trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        double name = size(surface, "id1");
        double bar = size(surface, "id1 · 2000 ms");
        assertTrue(bar >= 0.75 * name, "the bar's number in " + bar + " px, the lane's name in " + name + " px");
        // The lock bars' numbers, what the lesson is about, are as large as the sleeps': without their
        // "ms" (the axis says it) rather than in smaller type.
        List<String> numbers = surface.calls().stream().filter(c -> c.matches("text 300( ms)? @ .*")).toList();
        assertEquals(6, numbers.size(), surface.texts().toString());
        for (String number : numbers) {
            double size = Double.parseDouble(number.substring(number.indexOf(" @ ") + 3).split(" ")[2]);
            assertTrue(size >= 0.95 * bar, number + ", the sleeps' numbers in " + bar + " px");
        }
    }

    /**
     * A hatched bar's label sits on a plate of the bar's light colour drawn just before it, so no
     * stripe runs through its letters: main's "main in wg.Wait() · counter 0" and id2's "1200 ms".
     */
    @Test
    void aHatchedBarsLabelSitsOnAPlate() {
        List<String> calls = paintEndOfMutexRun().calls();
        for (String label : List.of("main in wg.Wait()  ·  counter 0", "1200 ms")) {
            int at = -1;
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).startsWith("text " + label + " @ ")) {
                    at = i;
                }
            }
            assertTrue(at > 0, "no label " + label + ": " + calls);
            String[] text = calls.get(at).substring(calls.get(at).indexOf(" @ ") + 3).split(" ");
            String[] plate = calls.get(at - 1).split(" ");
            assertEquals("fill", plate[0], label + " comes after " + calls.get(at - 1));
            double x = Double.parseDouble(text[0]);
            double y = Double.parseDouble(text[1]);
            double size = Double.parseDouble(text[2]);
            double plateX = Double.parseDouble(plate[1]);
            double plateY = Double.parseDouble(plate[2]);
            double plateHeight = Double.parseDouble(plate[4]);
            assertTrue(plateX < x && plateY <= y - size / 2 && plateY + plateHeight >= y + size / 2,
                    label + " at " + calls.get(at) + ", its plate " + calls.get(at - 1));
        }
    }

    /** Lanes too thin for legible numbers (four programs stacked in the compare window) get none, not specks. */
    @Test
    void thinLanesDrawNoTextSmallerThanNinePixels() {
        for (Mode mode : List.of(Mode.MUTEX, Mode.RACE)) {
            Trace trace = Simulator.run(Scenario.defaults(mode, 42));
            for (double height : new double[] {90, 110, 130, 150}) {
                RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 900, height, "t", new FigureFonts()));
                TimelineFigure.paint(surface, new FigureSpec(900, height, 0.85, false, false), trace,
                        new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, ENGLISH, 1);
                for (String call : surface.calls()) {
                    if (call.startsWith("text ")) {
                        double size = Double.parseDouble(call.substring(call.lastIndexOf(" @ ") + 3).split(" ")[2]);
                        assertTrue(size >= 9, mode.id() + ", " + height + " px high: " + call);
                    }
                }
            }
        }
    }

    private static double size(RecordingSurface surface, String text) {
        String call = surface.calls().stream().filter(c -> c.startsWith("text " + text + " @ ")).findFirst()
                .orElseThrow(() -> new AssertionError("no text " + text + ": " + surface.texts()));
        return Double.parseDouble(call.substring(call.indexOf(" @ ") + 3).split(" ")[2]);
    }

    private static double y(RecordingSurface surface, String text) {
        String call = surface.calls().stream().filter(c -> c.startsWith("text " + text + " @ ")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no text " + text + ": " + surface.texts()));
        return Double.parseDouble(call.substring(call.indexOf(" @ ") + 3).split(" ")[1]);
    }
}
