package dev.golanes.render;

/**
 * The colours of the timeline, as ARGB ints, one per role. The window fills it from the theme's
 * CSS variables; the states use the Okabe-Ito colour-blind-safe palette by default.
 */
public record Palette(
        int background,
        int zebra,
        int grid,
        int text,
        int mutedText,
        int sleep,
        int lockWait,
        int lockHeld,
        int wgWait,
        int call,
        int done,
        int playhead,
        int accent,
        int append,
        int lost) {

    /**
     * The light theme's colours, as theme-light.css gives them to the timeline: what the command
     * line exports, so its pictures match the window's (a window test keeps the two equal).
     */
    public static final Palette LIGHT = Theme.LIGHT.palette();

    /** Black or white, whichever reads better on {@code argb}. */
    public static int textOn(int argb) {
        return luminance(argb) > 0.22 ? 0xFF000000 : 0xFFFFFFFF;
    }

    /**
     * The edge of a bar of {@code argb} (a sleep, a hatched wait): the colour itself where it stands out from
     * the rows (3:1, WCAG's least for a graphic), else a shade of it away from the rows, darker on light rows
     * and lighter on dark ones. The light themes' orange edge was 2:1 on their rows, and a washed-out
     * projector lost the lock's queue, the Mutex lesson's point.
     */
    public int edgeOf(int argb) {
        double away = luminance(background) > 0.18 ? -0.1 : 0.1;
        int edge = argb;
        for (int step = 1; step <= 6 && Math.min(contrast(edge, background), contrast(edge, zebra)) < 3; step++) {
            edge = tint(argb, away * step);
        }
        return edge;
    }

    /** The contrast ratio of two colours (WCAG's: 1 for the same lightness, 21 for black on white). */
    public static double contrast(int argb, int other) {
        double a = luminance(argb);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int argb) {
        double r = ((argb >> 16) & 0xFF) / 255.0;
        double g = ((argb >> 8) & 0xFF) / 255.0;
        double b = (argb & 0xFF) / 255.0;
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    /** The colour mixed toward white (or black for {@code amount < 0}) by {@code |amount|}. */
    public static int tint(int argb, double amount) {
        return mix(argb, amount >= 0 ? 0xFFFFFFFF : 0xFF000000, Math.abs(amount));
    }

    /** {@code from} mixed toward {@code to} by {@code amount} (0 is {@code from}, 1 is {@code to}). */
    public static int mix(int from, int to, double amount) {
        int r = (int) Math.round(((from >> 16) & 0xFF) * (1 - amount) + ((to >> 16) & 0xFF) * amount);
        int g = (int) Math.round(((from >> 8) & 0xFF) * (1 - amount) + ((to >> 8) & 0xFF) * amount);
        int b = (int) Math.round((from & 0xFF) * (1 - amount) + (to & 0xFF) * amount);
        return (from & 0xFF000000) | (r << 16) | (g << 8) | b;
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
