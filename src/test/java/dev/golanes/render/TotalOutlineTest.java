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
 * The outline round what made the total (Concurrent's longest sleep, the mutex's last hold, the
 * race's last append) stands off the bar it goes round in every theme: the dark theme's accent is
 * nearly its sleeping blue, and round id3's sleep the outline could not be seen. (The stroke sits
 * just outside the bar, over the row's colour too; the text colour it falls back to reads there.)
 */
class TotalOutlineTest {

    @Test
    void theOutlineStandsOffItsBarInEveryTheme() {
        for (Theme theme : Theme.values()) {
            Palette palette = theme.palette();
            for (Mode mode : List.of(Mode.CONCURRENT, Mode.MUTEX, Mode.RACE)) {
                Trace trace = Simulator.run(Scenario.defaults(mode, 42));
                RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
                TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                        palette, Texts.forLocale(Locale.ENGLISH), 1);
                int fill = mode == Mode.CONCURRENT ? palette.sleep() : mode == Mode.MUTEX ? palette.lockHeld() : palette.append();
                List<String> outlines = surface.calls().stream().filter(call -> call.startsWith("stroke ") && call.endsWith(" 3.000"))
                        .toList();
                assertEquals(1, outlines.size(), theme + ", " + mode + ": " + outlines);
                int colour = (int) Double.parseDouble(outlines.get(0).split(" ")[5]);
                double contrast = Palette.contrast(colour, fill);
                assertTrue(contrast >= TimelinePainter.OUTLINE_CONTRAST,
                        theme + ", " + mode + ": the outline " + Integer.toHexString(colour) + " on " + Integer.toHexString(fill) + " is " + contrast);
            }
        }
    }

    /**
     * Five sleeps of 2000 ms that ended together: each is outlined, and the note names no one of them
     * "the" longest (it named id2, the last the scheduler ran, as if its sleep were longer).
     */
    @Test
    void equalSleepsThatEndedTogetherAreOutlinedEach() {
        Trace trace = Simulator.run(new Scenario(Mode.CONCURRENT, 5, new DelaySpec.Fixed(2000), 300, 1));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
            TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                    Palette.LIGHT, Texts.forLocale(locale), 1);
            List<String> outlines = surface.calls().stream().filter(call -> call.startsWith("stroke ") && call.endsWith(" 3.000"))
                    .toList();
            assertEquals(5, outlines.size(), locale + ": " + outlines);
            String note = String.join(" ", surface.texts().stream().filter(text -> text.startsWith("Total 2s =")).toList());
            assertEquals(locale.getLanguage().equals("id")
                    ? "Total 2s = tidur terlama, 2000 ms, dijalani 5 goroutine, semuanya bersamaan."
                    : "Total 2s = the longest sleep, 2000 ms, which 5 goroutines slept, all at the same time.", note);
        }
        // With one longest sleep, that one alone, by name.
        Trace random = Simulator.run(Scenario.defaults(Mode.CONCURRENT, 42));
        assertEquals(1, dev.golanes.trace.TotalRule.tiedSpans(random, dev.golanes.trace.TotalRule.of(random)).length);
    }

    @Test
    void contrastIsWcags() {
        assertEquals(21, Palette.contrast(0xFF000000, 0xFFFFFFFF), 0.01);
        assertEquals(1, Palette.contrast(0xFF56B4E9, 0xFF56B4E9), 0.001);
    }

    /**
     * The tutorial's mutex holds the lock for no time, the race with no gap appends in no time: the
     * span that ended last has no width, and its outline was a stray box a few pixels wide at the end
     * of a sleep. The sleep it came straight after is outlined instead, as the note says.
     */
    @Test
    void aSpanOfNoTimeHasItsSleepOutlined() {
        for (Mode mode : List.of(Mode.MUTEX, Mode.RACE)) {
            Trace trace = Simulator.run(new Scenario(mode, 5, new DelaySpec.Fixed(2000), 0, 42));
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
            TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace,
                    new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, Texts.forLocale(Locale.ENGLISH), 1);
            List<String> outlines = surface.calls().stream().filter(call -> call.startsWith("stroke ") && call.endsWith(" 3.000"))
                    .toList();
            assertEquals(1, outlines.size(), mode + ": " + outlines);
            double width = Double.parseDouble(outlines.get(0).split(" ")[3]);
            assertTrue(width > layout.x(1_000_000) - layout.x(0), mode + ": an outline " + width + " wide, not round a 2000 ms sleep");
        }
    }

    /**
     * On real threads a hold of 0 ms is a few µs (here 17, after a 3 µs wait for the lock): too thin to
     * see, and its outline was the same stray box. The sleep before it is outlined.
     */
    @Test
    void aRealHoldOfAFewMicrosecondsHasItsSleepOutlined() {
        dev.golanes.trace.TraceBuilder real = new dev.golanes.trace.TraceBuilder(
                new Scenario(Mode.MUTEX, 1, new DelaySpec.Fixed(2000), 0, 42), "real");
        real.mark(0, dev.golanes.trace.MarkKind.GO, 100, 1);
        int sleep = real.begin(1, dev.golanes.trace.SpanKind.SLEEP, 100, 2000);
        int wait = real.begin(0, dev.golanes.trace.SpanKind.WG_WAIT, 150, 0);
        real.end(sleep, 2_000_100);
        real.end(real.begin(1, dev.golanes.trace.SpanKind.LOCK_WAIT, 2_000_100, 0), 2_000_103);
        real.end(real.begin(1, dev.golanes.trace.SpanKind.LOCK_HELD, 2_000_103, 0), 2_000_120);
        real.end(wait, 2_000_130);
        Trace trace = real.build(2_000_130, true);
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        TimelineLayout layout = TimelineFigure.paint(surface, FigureSpec.window(1280, 720, 1), trace,
                new TraceIndex(trace).at(trace.endMicros()), Palette.LIGHT, Texts.forLocale(Locale.ENGLISH), 1);
        List<String> outlines = surface.calls().stream().filter(call -> call.startsWith("stroke ") && call.endsWith(" 3.000")).toList();
        assertEquals(1, outlines.size(), outlines.toString());
        double width = Double.parseDouble(outlines.get(0).split(" ")[3]);
        assertTrue(width > layout.x(1_000_000) - layout.x(0), "an outline " + width + " wide, not round the 2000 ms sleep");
    }
}
