package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.DelaySpec;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.SpanKind;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceBuilder;
import dev.golanes.trace.TraceIndex;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A real run stopped with Stop, 1598 ms into sleeps of 2000: its bars read "id1 · 1598 ms", which a
 * class took for the delays, and nothing on the lanes said the run had been stopped (only the status
 * bar). Its end is now marked "Stopped", as Go's fatal error's is, and a note says what the cut bars are.
 */
class StoppedRunTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    /** The tutorial's mutex on real threads, stopped at 1598 ms while both goroutines slept. */
    static Trace stopped() {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.MUTEX, 2, new DelaySpec.Fixed(2000), 300, 1), "real");
        builder.begin(1, SpanKind.SLEEP, 100, 2000);
        builder.begin(2, SpanKind.SLEEP, 200, 2000);
        builder.begin(0, SpanKind.WG_WAIT, 300, 0);
        return builder.build(1_598_588, false);
    }

    @Test
    void theNoteSaysTheRunWasStoppedAndTheCutSleepsAreNotTheirDelays() {
        Trace trace = stopped();
        assertEquals("Stopped at 1598 ms: each lane ends where its thread was, so a sleep cut short is not its "
                + "whole delay; Run runs it again", FigureLabels.note(ENGLISH, trace));
        assertEquals("Stopped", FigureLabels.of(ENGLISH, trace).total());
    }

    @Test
    void itsEndIsMarkedStoppedWithItsNote() {
        Trace trace = stopped();
        List<String> ended = drawn(trace, false);
        assertTrue(ended.contains("Stopped 1598 ms"), "the badge at its end, in the note's milliseconds: " + ended);
        assertTrue(ended.stream().anyMatch(text -> text.startsWith("Stopped at 1598 ms:")), "the note: " + ended);
        // Live, the same frame is the newest of a run still going: the time, and no note.
        List<String> live = drawn(trace, true);
        assertFalse(live.stream().anyMatch(text -> text.startsWith("Stopped")), "live: " + live);
        assertTrue(live.contains("1598 ms"), "live, the playhead's time: " + live);
    }

    /** Presenting on a 1024 x 768 projector (the timeline about 630 wide), the note is whole, in both languages. */
    @Test
    void presentingOnA1024ProjectorTheNoteIsWhole() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("id"))) {
            Texts texts = Texts.forLocale(locale);
            // The timeline is 632 wide there in Indonesian (measured on the screen).
            RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 630, 380, "t", new FigureFonts()));
            paint(surface, stopped(), FigureSpec.window(630, 380, 1.4), texts, false);
            List<String> note = surface.texts(Palette.LIGHT.accent());
            assertTrue(note.stream().noneMatch(text -> text.endsWith("…")), locale + ": " + note);
            assertEquals(FigureLabels.note(texts, stopped()), String.join(" ", note), locale + ": " + note);
        }
    }

    /** Every text the window draws of the trace at its end, as a run shown live or not. */
    private static List<String> drawn(Trace trace, boolean going) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1280, 720, "t", new FigureFonts()));
        paint(surface, trace, FigureSpec.window(1280, 720, 1), ENGLISH, going);
        return surface.texts();
    }

    /** As the window paints the trace at its end. */
    private static void paint(RecordingSurface surface, Trace trace, FigureSpec spec, Texts texts, boolean going) {
        TimelineLayout layout = TimelineFigure.layout(surface, spec, trace, 1);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, FigureLabels.of(texts, trace), -1, going));
    }
}
