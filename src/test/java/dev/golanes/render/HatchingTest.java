package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The stripes of a hatched wait: only where it is seen, and the same stripes there as the whole box has. */
class HatchingTest {
    /**
     * Zoomed in, a wait of seconds is a box of millions of pixels, of which a thousand are seen: its
     * stripes are counted in the thousand, not in the millions (switching to Add inside's 5 µs axis
     * while the race's 2.3 s wait was still drawn made one frame take 40 s).
     */
    @Test
    void aBoxMillionsOfPixelsWideGetsTheStripesOfWhatIsSeen() {
        List<double[]> segments = new ArrayList<>();
        Hatching.stripesWithin(-4e8, 100, 8e8, 40, 7, 0, 1000, (x1, y1, x2, y2) -> segments.add(new double[] {x1, y1, x2, y2}));
        assertTrue(segments.size() <= (1000 + 40) / 7 + 2, segments.size() + " stripes");
        assertTrue(segments.size() >= 1000 / 7, segments.size() + " stripes");
        for (double[] segment : segments) {
            assertTrue(segment[0] >= -1e-6 && segment[2] <= 1000 + 1e-6, "inside what is seen: " + segment[0] + " to " + segment[2]);
        }
    }

    /** Cut to what is seen, the stripes lie where the whole box's do: on the same lines x + y = c. */
    @Test
    void theStripesSeenAreTheWholeBoxs() {
        TreeSet<Long> whole = new TreeSet<>();
        Hatching.stripes(-503, 20, 3000, 40, 7, (x1, y1, x2, y2) -> {
            if (x2 > 100 && x1 < 900) {
                whole.add(Math.round(x1 + y1));
            }
        });
        TreeSet<Long> seen = new TreeSet<>();
        Hatching.stripesWithin(-503, 20, 3000, 40, 7, 100, 900, (x1, y1, x2, y2) -> seen.add(Math.round(x1 + y1)));
        assertEquals(whole, seen);
    }
}
