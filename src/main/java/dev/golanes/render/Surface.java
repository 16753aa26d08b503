package dev.golanes.render;

/**
 * Something the timeline can be drawn on. Colours are ARGB ints; coordinates are in the figure's
 * pixels, y downwards. Text is placed by its vertical centre.
 */
public interface Surface {

    /** How text lines up with its x. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** A font: size in pixels, weight, and whether it is the monospaced (code) face. */
    record FontSpec(double size, boolean bold, boolean mono) {
    }

    void fillRect(double x, double y, double width, double height, int argb);

    void strokeRect(double x, double y, double width, double height, int argb, double lineWidth);

    /** Diagonal stripes over a rectangle: how waiting is drawn, so it reads without colour. */
    void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing, double lineWidth);

    void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed);

    void text(String text, double x, double centerY, FontSpec font, int argb, Align align);

    double textWidth(String text, FontSpec font);

    /** Limits drawing to a rectangle until {@link #popClip()}. */
    void pushClip(double x, double y, double width, double height);

    void popClip();
}
