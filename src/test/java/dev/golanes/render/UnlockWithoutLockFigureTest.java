package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.Simulator;
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
 * The Unlock-without-Lock pitfall's figure says what its program does: that program appends with
 * {@code append(results, ...)}, reading no length first as the race program does, so its bars name
 * no length; and an append another one overwrote is marked and in the legend.
 */
class UnlockWithoutLockFigureTest {
    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    private static List<String> texts(Trace trace) {
        RecordingSurface surface = new RecordingSurface(new SvgSurface(Writer.nullWriter(), 1200, 600, "t", new FigureFonts()));
        TimelineFigure.paint(surface, FigureSpec.window(1200, 600, 1), trace, new TraceIndex(trace).at(trace.endMicros()),
                Palette.LIGHT, ENGLISH, 1);
        return surface.texts();
    }

    @Test
    void itsBarsNameNoLengthRead() {
        Trace trace = Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42));
        List<String> texts = texts(trace);
        assertEquals(5, texts.stream().filter(text -> text.endsWith("300 ms")).count(), "each append's time: " + texts);
        assertFalse(texts.stream().anyMatch(text -> text.contains("len ")), texts.toString());
        // The race program does read the length first: its bars say what they read.
        assertTrue(texts(Simulator.run(Scenario.defaults(Mode.RACE, 42))).stream().anyMatch(text -> text.contains("len 0")));
    }

    /** On real threads two appends can overlap before Go stops the program: the lost one is in the legend. */
    @Test
    void anOverwrittenAppendIsInTheLegend() {
        TraceBuilder builder = new TraceBuilder(new Scenario(Mode.DOUBLE_UNLOCK, 2, new DelaySpec.Fixed(10), 5, 1), "real");
        int first = builder.begin(1, SpanKind.APPEND, 10_000, 0);
        int second = builder.begin(2, SpanKind.APPEND, 10_000, 0);
        builder.end(first, 15_000);
        builder.end(second, 16_000);
        Trace trace = builder.build(16_000, true);
        assertEquals(1, trace.lostLanes().length, "id1's append was overwritten");
        assertTrue(texts(trace).contains("lost: overwritten"), texts(trace).toString());
        assertFalse(texts(Simulator.run(Scenario.defaults(Mode.DOUBLE_UNLOCK, 42))).contains("lost: overwritten"),
                "nothing was lost: no legend entry for it");
    }
}
