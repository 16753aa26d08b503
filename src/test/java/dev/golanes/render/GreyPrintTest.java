package dev.golanes.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A picture exported in the light theme is often printed in grey (a handout): the states one program
 * shows side by side in solid colour stay apart there, as they are on screen.
 */
class GreyPrintTest {
    /** Enough grey levels (of 255) between two fills for a printer and an eye to tell them apart. */
    private static final double APART = 30;

    /** The grey a printer or a grey conversion makes of an sRGB colour (Rec. 709 weights, as ImageMagick's Gray). */
    private static double grey(int argb) {
        return 0.2126 * ((argb >> 16) & 0xFF) + 0.7152 * ((argb >> 8) & 0xFF) + 0.0722 * (argb & 0xFF);
    }

    /** Sequential's main runs each dbCall while that call sleeps: the two solid fills of its figure. */
    @Test
    void sequentialsCallAndSleepAreApartInGrey() {
        Palette light = Palette.LIGHT;
        double apart = Math.abs(grey(light.call()) - grey(light.sleep()));
        assertTrue(apart >= APART, "main runs dbCall and sleeping are " + apart + " grey levels apart");
    }

    /**
     * The race's goroutines sleep, then append, in one bar: the two fills stay apart in grey in the
     * light theme and in the high-contrast one (for washed-out projectors), where they were one grey
     * level apart and the race's lanes read as one long bar.
     */
    @Test
    void theRacesSleepAndAppendAreApartInGrey() {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.CONTRAST}) {
            Palette palette = theme.palette();
            double apart = Math.abs(grey(palette.append()) - grey(palette.sleep()));
            assertTrue(apart >= APART, theme + ": sleeping and appending are " + apart + " grey levels apart");
        }
    }
    /**
     * The high-contrast theme, for washed-out projectors that leave little of a hue, keeps main running
     * dbCall and appending without the lock apart in grey: Compare's legend names them side by side, and
     * they were two dark solid squares (15 grey levels apart; under deuteranopia, the same).
     */
    @Test
    void highContrastsCallAndAppendAreApartInGrey() {
        Palette palette = Theme.CONTRAST.palette();
        double apart = Math.abs(grey(palette.call()) - grey(palette.append()));
        assertTrue(apart >= APART, "main runs dbCall and appending are " + apart + " grey levels apart");
    }
}
