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
