package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.golanes.render.Surface.FontSpec;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * A text too long for its room ends in "…", not in the middle of a number that has a word before it: the
 * comparison's table at 640 wide said "the sum of the sleeps: 72…" for 7287 ms, a total of 72 to the
 * class. A number first in the text is still cut where the room ends, rather than leave nothing.
 */
class ShortenedTest {
    private final Surface surface = new SvgSurface(Writer.nullWriter(), 640, 480, "t", new FigureFonts());
    private final FontSpec font = new FontSpec(15, false, false);

    /** The room for {@code start} and "…": the cut {@code shortened} would make there by characters alone. */
    private double roomFor(String start) {
        return surface.textWidth(start + "…", font);
    }

    @Test
    void aNumberIsNotCutInTwo() {
        assertEquals("the sum of the sleeps…",
                TimelinePainter.shortened(surface, "the sum of the sleeps: 7287 ms", font, roomFor("the sum of the sleeps: 72")));
        assertEquals("the longest sleep…",
                TimelinePainter.shortened(surface, "the longest sleep (1929 ms), then the lock", font, roomFor("the longest sleep (19")));
        assertEquals("[id2 id5 id1…", TimelinePainter.shortened(surface, "[id2 id5 id1 id4 id3]", font, roomFor("[id2 id5 id1 i")));
        // Any space between the words, a tab too.
        assertEquals("the sum…", TimelinePainter.shortened(surface, "the sum:\t7287 ms", font, roomFor("the sum:\t72")));
    }

    @Test
    void wordsWithoutNumbersAndAWholeNumberAreCutAsBefore() {
        assertEquals("the sum of the sl…", TimelinePainter.shortened(surface, "the sum of the sleeps", font, roomFor("the sum of the sl")));
        assertEquals("the sum: 7287…", TimelinePainter.shortened(surface, "the sum: 7287 ms", font, roomFor("the sum: 7287 ")));
        // One word, a number in it, and nothing before it: cut where it fits rather than left empty.
        assertEquals("12…", TimelinePainter.shortened(surface, "123456789", font, roomFor("12")));
        assertEquals("fits", TimelinePainter.shortened(surface, "fits", font, 200));
    }
}
