package dev.golanes.render;

/**
 * The stripes of a hatched box, as line segments already cut to the box: the exported surfaces
 * draw exactly these, so neither needs a clip and an SVG stays plain lines. The stripes rise to the
 * right at 45 degrees and line up across neighbouring boxes, as on the window's canvas.
 */
final class Hatching {

    /** Receives one stripe. */
    @FunctionalInterface
    interface Stripe {
        void segment(double x1, double y1, double x2, double y2);
    }

    private Hatching() {
    }

    /**
     * The stripes of the box that fall between {@code fromX} and {@code toX}, where the box is
     * seen: the same segments {@link #stripes} gives there, without going through the rest of a box
     * that may be millions of pixels wide (a long wait, zoomed in).
     */
    static void stripesWithin(double x, double y, double width, double height, double spacing, double fromX, double toX,
            Stripe out) {
        double left = Math.max(x, fromX);
        double right = Math.min(x + width, toX);
        // Cut at a new left edge, the stripes still line up: each lies where x + y is a multiple of the step.
        stripes(left, y, right - left, height, spacing, out);
    }

    static void stripes(double x, double y, double width, double height, double spacing, Stripe out) {
        if (!(width > 0) || !(height > 0)) {
            return;
        }
        double step = Math.max(1, spacing);
        double phase = Math.floorMod((long) Math.floor(x + y), (long) step);
        for (double d = x - height - phase; d < x + width; d += step) {
            // The stripe is (d + t, y + height - t) for t in [0, height]; keep the part inside [x, x + width].
            double from = Math.max(0, x - d);
            double to = Math.min(height, x + width - d);
            if (to - from > 1e-6) {
                out.segment(d + from, y + height - from, d + to, y + height - to);
            }
        }
    }
}
