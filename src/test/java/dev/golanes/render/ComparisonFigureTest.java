package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Comparison;
import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Trace;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The comparison as a picture: the window's four programs and table, filled in as the programs end. */
class ComparisonFigureTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);
    private static final Comparison DEFAULT = Comparison.of(Scenario.defaults(Mode.MUTEX, 42));

    private static RecordingSurface paint(double width, double height, long atMicros, Texts t) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), width, height, "t", new FigureFonts()));
        ComparisonFigure.paint(surface, width, height, DEFAULT, atMicros, Palette.LIGHT, t);
        return surface;
    }

    @Test
    void atTheEndItShowsEveryTotalAndWhy() {
        List<String> texts = paint(1280, 720, Long.MAX_VALUE, ENGLISH).texts();
        assertEquals("GoLanes · Same seed 42, 5 calls, 2000 ms each, hold 300 ms, simulated", texts.get(0));
        for (String expected : List.of("Sequential", "Concurrent", "Mutex", "Race", "10s", "2s", "3.5s", "2.3s",
                "the sum of the sleeps: 10,000 ms", "the longest sleep: 2000 ms",
                "the longest sleep (2000 ms) plus 1500 ms of waiting for and holding the lock",
                "the longest sleep (2000 ms) plus the 300 ms read-write gap; 4 of 5 ids lost to overlapping appends", "[id3 id1 id5 id4 id2]", "[id2]")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
        assertFalse(texts.contains("…"), texts.toString());
    }

    /**
     * The programs' rows are thin (Compare stacks four programs on a 720-high projector), and their lane
     * names were 9 px type in 12-px rows, unreadable from the back of a room. A name now fills most of
     * its row's height, and the names of two rows still do not touch.
     */
    @Test
    void lanesNamesFillTheirThinRows() {
        RecordingSurface surface = paint(1280, 720, Long.MAX_VALUE, ENGLISH);
        List<RecordingSurface.TextBox> names = surface.textBoxes().stream()
                .filter(box -> box.text().matches("main|id[1-5]")).toList();
        assertEquals(24, names.size(), "main and five calls in each of four programs: " + names);
        int pairs = 0;
        for (int i = 0; i + 1 < names.size(); i++) {
            RecordingSurface.TextBox name = names.get(i);
            RecordingSurface.TextBox next = names.get(i + 1);
            double row = next.top() - name.top();
            // The next lane of the same program (a program's last lane and the next one's main are apart).
            if (row > 0 && row < 20) {
                pairs++;
                assertTrue(name.bottom() - name.top() >= 0.85 * row, name + " in a row of " + row);
                assertTrue(name.bottom() <= next.top() + 0.5, name + " runs into " + next);
            }
        }
        assertEquals(20, pairs, "five pairs of neighbouring names in each program");
    }

    /**
     * Calls of 3 ms: Concurrent and Race end within 10 ms, runs of microseconds, but share an axis of
     * 33 ms with the others. Their axes count milliseconds as the others do ("5000 µs" beside "5 ms"
     * read as noise); only their own totals are in µs.
     */
    @Test
    void programsOfMicrosecondsShareTheOthersAxisUnit() {
        Comparison short3 = Comparison.of(new Scenario(Mode.MUTEX, 5, new DelaySpec.Fixed(3), 6, 42));
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        ComparisonFigure.paint(surface, 1280, 720, short3, Long.MAX_VALUE, Palette.LIGHT, ENGLISH);
        List<String> axis = surface.texts().stream().filter(text -> text.matches("[0-9,.]+( µs| ms)?")).toList();
        assertTrue(axis.contains("10 ms") || axis.contains("5 ms"), axis.toString());
        assertTrue(axis.stream().noneMatch(text -> text.endsWith("µs")), axis.toString());
    }

    /** Zoomed (a picture larger every way than its usual size), it is the same picture, every text and shape in proportion. */
    @Test
    void zoomedItIsTheSamePictureLarger() {
        RecordingSurface usual = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1600, 900, "t", new FigureFonts()));
        ComparisonFigure.paint(usual, 1600, 900, 1, DEFAULT, Long.MAX_VALUE, Palette.LIGHT, ENGLISH);
        RecordingSurface larger = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 2400, 1350, "t", new FigureFonts()));
        ComparisonFigure.paint(larger, 2400, 1350, 1.5, DEFAULT, Long.MAX_VALUE, Palette.LIGHT, ENGLISH);
        assertEquals(usual.texts(), larger.texts());
        List<RecordingSurface.TextBox> small = usual.textBoxes();
        List<RecordingSurface.TextBox> big = larger.textBoxes();
        for (int i = 0; i < small.size(); i++) {
            assertEquals(small.get(i).left() * 1.5, big.get(i).left(), 0.5, small.get(i).text());
            assertEquals(small.get(i).top() * 1.5, big.get(i).top(), 0.5, small.get(i).text());
            assertEquals((small.get(i).bottom() - small.get(i).top()) * 1.5, big.get(i).bottom() - big.get(i).top(), 0.01);
        }
    }

    /** At 3 s concurrent and race have ended; sequential and mutex wait behind "…", their totals nowhere yet. */
    @Test
    void midwayOnlyTheProgramsThatEndedHaveTheirRow() {
        List<String> texts = paint(1280, 720, 3_000_000, ENGLISH).texts();
        assertTrue(texts.contains("the longest sleep: 2000 ms"), texts.toString());
        assertTrue(texts.contains("the longest sleep (2000 ms) plus the 300 ms read-write gap; 4 of 5 ids lost to overlapping appends"), texts.toString());
        assertFalse(texts.contains("10s"), texts.toString());
        assertFalse(texts.contains("3.5s"), texts.toString());
        assertFalse(texts.stream().anyMatch(text -> text.startsWith("the sum of the sleeps")), texts.toString());
        assertEquals(2, texts.stream().filter("…"::equals).count(), texts.toString());
    }

    /**
     * Every text lies inside the picture, at the smallest size a comparison allows, with calls that
     * do not all have a row, and in Indonesian; the names' column stays inside each program's band.
     */
    @Test
    void itsTextsStayInsideTheSmallestPicture() {
        Comparison many = Comparison.of(new Scenario(Mode.MUTEX, 1000, Mode.MUTEX.defaultDelays(), 300, 42));
        for (Texts t : List.of(ENGLISH, Texts.forLocale(Locale.forLanguageTag("id")))) {
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), ComparisonFigure.MIN_WIDTH,
                    ComparisonFigure.MIN_HEIGHT, "t", new FigureFonts()));
            ComparisonFigure.paint(surface, ComparisonFigure.MIN_WIDTH, ComparisonFigure.MIN_HEIGHT, many, Long.MAX_VALUE,
                    Palette.LIGHT, t);
            String language = t.format("compare.why");
            for (RecordingSurface.TextBox box : surface.textBoxes()) {
                assertTrue(box.left() >= -0.5 && box.right() <= ComparisonFigure.MIN_WIDTH + 0.5, language + ": " + box);
            }
            namesKeepClear(surface, language);
        }
    }

    /**
     * The table's "why" is what explains the totals on a slide: in Indonesian at 960 x 540 (a picture for
     * larger type, at --scale 2) the mutex's and the race's were cut ("ditambah waktu menunggu dan
     * memegang…"). Where one line is too short, a row takes two or three, while the programs above keep
     * room for a lane (not in the smallest pictures); every why is whole, and the rows keep clear of each
     * other and of the picture's bottom.
     */
    @Test
    void everyWhyIsWholeOnASmallerPicture() {
        Comparison comparison = Comparison.of(new Scenario(Mode.MUTEX, 5, new DelaySpec.Random(2000), 300, 42));
        for (Texts t : List.of(ENGLISH, Texts.forLocale(Locale.forLanguageTag("id")))) {
            for (double[] size : new double[][] {{960, 540}, {1024, 576}, {1280, 720}}) {
                RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), size[0], size[1], "t", new FigureFonts()));
                ComparisonFigure.paint(surface, size[0], size[1], comparison, Long.MAX_VALUE, Palette.LIGHT, t);
                String where = t.format("compare.why") + " at " + (int) size[0];
                List<String> rows = comparison.rows(t).stream().map(Comparison.Row::why).toList();
                List<RecordingSurface.TextBox> boxes = surface.textBoxes();
                double whyLeft = boxes.stream().filter(box -> box.text().equals(t.format("compare.why"))).findFirst().orElseThrow().left();
                List<RecordingSurface.TextBox> whys = boxes.stream().filter(box -> Math.abs(box.left() - whyLeft) < 0.5
                        && !box.text().equals(t.format("compare.why"))).toList();
                String drawn = String.join(" ", whys.stream().map(RecordingSurface.TextBox::text).toList());
                assertFalse(drawn.contains("…"), where + ": " + drawn);
                assertEquals(String.join(" ", rows), drawn, where);
                for (int i = 0; i + 1 < whys.size(); i++) {
                    assertTrue(whys.get(i).bottom() <= whys.get(i + 1).top() + 0.5, where + ": " + whys.get(i) + " over " + whys.get(i + 1));
                }
                assertTrue(whys.get(whys.size() - 1).bottom() <= size[1], where + ": " + whys.get(whys.size() - 1));
                // The programs, shorter for it, still say whole which calls have a lane ("id1–id2 dari 5 pang…" was cut).
                List<String> names = boxes.stream().filter(box -> box.left() < 20).map(RecordingSurface.TextBox::text).toList();
                assertTrue(names.stream().noneMatch(text -> text.endsWith("…")), where + ": " + names);
                namesKeepClear(surface, where);
            }
        }
    }

    /**
     * At the usual size, "id1–id10 of 1000 calls" is whole, on two lines under the program's name and
     * total (on one it was cut to "id1–id10 of 1000 c…", without the word that says what it counts).
     */
    @Test
    void whichCallsHaveARowIsSaidWhole() {
        Comparison many = Comparison.of(new Scenario(Mode.MUTEX, 1000, Mode.MUTEX.defaultDelays(), 300, 42));
        for (Texts t : List.of(ENGLISH, Texts.forLocale(Locale.forLanguageTag("id")))) {
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1600, 900, "t", new FigureFonts()));
            ComparisonFigure.paint(surface, 1600, 900, many, Long.MAX_VALUE, Palette.LIGHT, t);
            String language = t.format("compare.why");
            List<String> names = surface.textBoxes().stream().filter(box -> box.left() < 20)
                    .map(RecordingSurface.TextBox::text).toList();
            assertTrue(names.stream().noneMatch(text -> text.endsWith("…")), language + ": " + names);
            String calls = t.calls(1000);
            assertTrue(String.join(" ", names).contains("of " + calls) || String.join(" ", names).contains("dari " + calls),
                    language + ": " + names);
            namesKeepClear(surface, language);
        }
    }

    /**
     * Each program's name, total and "id1–idN of 1000 calls" keep clear of each other and of the line
     * under their band, where the next program's begins.
     */
    private static void namesKeepClear(RecordingSurface surface, String language) {
        List<Double> bands = surface.calls().stream().filter(call -> call.startsWith("line 0.000 "))
                .map(call -> Double.parseDouble(call.split(" ")[2])).sorted().toList();
        List<RecordingSurface.TextBox> names = surface.textBoxes().stream().filter(box -> box.left() < 20).toList();
        for (RecordingSurface.TextBox box : names) {
            for (double line : bands) {
                assertFalse(box.top() < line && box.bottom() > line, language + ": " + box + " crosses the line at " + line);
            }
            for (RecordingSurface.TextBox other : names) {
                assertTrue(box == other || !box.overlaps(other), language + ": " + box + " on " + other);
            }
        }
    }

    /** Thirty listed delays are named by their range: listed one by one they filled the title and wrapped it. */
    @Test
    void aLongDelayListIsNamedByItsRange() {
        List<Long> thirty = java.util.stream.LongStream.rangeClosed(1, 30).map(k -> k * 100).boxed().toList();
        Scenario scenario = new Scenario(Mode.MUTEX, 30, new dev.golanes.scenario.DelaySpec.Listed(thirty), 300, 42);
        assertEquals("Same seed 42, 30 calls, listed delays of 100 to 3000 ms, hold 300 ms, simulated", ComparisonFigure.title(ENGLISH, scenario));
        Scenario three = new Scenario(Mode.MUTEX, 3, new dev.golanes.scenario.DelaySpec.Listed(List.of(1200L, 300L, 1800L)), 300, 42);
        assertEquals("Same seed 42, 3 calls, delays 1200, 300, 1800 ms, hold 300 ms, simulated", ComparisonFigure.title(ENGLISH, three));
    }

    /**
     * A slide has no one to explain the colours: one legend for the four programs, of what any of them
     * shows, in the legend's usual order; the smallest picture keeps its room for the programs instead.
     */
    @Test
    void oneLegendNamesWhatTheFourShow() {
        List<String> legend = List.of("sleep", "call", "wgWait", "lockWait", "lockHeld", "append", "lost", "done").stream()
                .map(key -> ENGLISH.format("legend." + key)).toList();
        List<String> texts = paint(1600, 900, Long.MAX_VALUE, ENGLISH).texts();
        assertEquals(legend, texts.stream().filter(legend::contains).toList());
        List<String> smallest = paint(ComparisonFigure.MIN_WIDTH, ComparisonFigure.MIN_HEIGHT, Long.MAX_VALUE, ENGLISH).texts();
        assertTrue(smallest.stream().noneMatch(legend::contains), smallest.toString());
    }

    /**
     * Before the last program ends, the legend names what the four programs show, as the window's does
     * then: a race that will lose nothing still has "lost", so the slide does not tell the class. At the
     * end, what they did.
     */
    @Test
    void beforeTheEndTheLegendGivesNothingAway() {
        Comparison apart = Comparison.of(new Scenario(Mode.SEQUENTIAL, 3, new DelaySpec.Listed(List.of(100L, 1_000L, 2_000L)), 5, 42));
        assertFalse(apart.traces().stream().anyMatch(Trace::anyLost), "its race loses nothing");
        List<String> going = legend(apart, 2_000_000);
        assertEquals(words("sleep", "call", "wgWait", "lockWait", "lockHeld", "append", "lost", "done"), going);
        assertEquals(legend(DEFAULT, 2_000_000), going, "the same legend as a race that loses four ids");
        assertEquals(going, legend(apart, apart.longestTotal() - 1), "still going a microsecond before the end");
        assertEquals(words("sleep", "call", "wgWait", "lockHeld", "append", "done"), legend(apart, apart.longestTotal()));
        assertEquals(words("sleep", "call", "wgWait", "lockHeld", "append", "done"), legend(apart, Long.MAX_VALUE));
    }

    /** The legend's entries in a 1600 x 900 picture of {@code comparison} at {@code atMicros}. */
    private static List<String> legend(Comparison comparison, long atMicros) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1600, 900, "t", new FigureFonts()));
        ComparisonFigure.paint(surface, 1600, 900, comparison, atMicros, Palette.LIGHT, ENGLISH);
        List<String> entries = words("sleep", "call", "wgWait", "lockWait", "lockHeld", "append", "lost", "done");
        return surface.texts().stream().filter(entries::contains).toList();
    }

    private static List<String> words(String... keys) {
        return List.of(keys).stream().map(key -> ENGLISH.format("legend." + key)).toList();
    }
}
