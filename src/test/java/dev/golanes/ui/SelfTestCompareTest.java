package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The self-test's comparison of the console on screen with the scene: a picture half a pixel off (the
 * console at a fractional place on a 1920x1080 screen) is the same picture; other lines are not.
 */
class SelfTestCompareTest {
    /** Light strokes two pixels wide on a dark console, where {@code pattern} says, from {@code offset}. */
    private static double[][] strokes(String pattern, int offset) {
        double[][] picture = new double[20][pattern.length() * 6 + 8];
        for (int y = 4; y < 16; y++) {
            for (int i = 0; i < pattern.length(); i++) {
                if (pattern.charAt(i) == '#') {
                    int x = offset + i * 6;
                    picture[y][x] = 0.9;
                    picture[y][x + 1] = 0.9;
                }
            }
        }
        return picture;
    }

    @Test
    void aPictureAPixelOffIsTheSame() {
        double[][] scene = strokes("#.##.#..###.#", 2);
        assertEquals(0, SelfTest.differingPixels(scene, scene));
        assertEquals(0, SelfTest.differingPixels(strokes("#.##.#..###.#", 3), scene), "one pixel to the right");
        assertEquals(0, SelfTest.differingPixels(strokes("#.##.#..###.#", 1), scene), "one pixel to the left");
    }

    @Test
    void otherLinesDiffer() {
        double[][] scene = strokes("#.##.#..###.#", 2);
        int differ = SelfTest.differingPixels(strokes(".#..#.##...#.", 2), scene);
        // Each stroke that is only on one of the two: 2 pixels wide, 12 high.
        assertTrue(differ >= 5 * 24, "only " + differ + " pixels differ");
        assertTrue(SelfTest.differingPixels(strokes("#.##.#..###.#", 5), scene) > 0, "three pixels off is not the same");
        // A blank console on screen matches the gaps between the scene's letters one way, not the other.
        double[][] blank = strokes(".............", 2);
        assertEquals(0, SelfTest.differingPixels(blank, scene));
        assertTrue(SelfTest.differingPixels(scene, blank) >= 7 * 24, "the scene's strokes missing on screen");
    }
}
