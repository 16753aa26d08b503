package dev.golanes.render;

/**
 * A surface seen through a move and a zoom: what is drawn at (x, y) lands at (dx + x * zoom,
 * dy + y * zoom) on the target, with its sizes, lines and type {@code zoom} times as large.
 */
final class TransformedSurface implements Surface {
    private final Surface target;
    private final double dx;
    private final double dy;
    private final double zoom;

    private TransformedSurface(Surface target, double dx, double dy, double zoom) {
        this.target = target;
        this.dx = dx;
        this.dy = dy;
        this.zoom = zoom;
    }

    /** {@code target} with its origin moved to (dx, dy). */
    static Surface shifted(Surface target, double dx, double dy) {
        return new TransformedSurface(target, dx, dy, 1);
    }

    /** {@code target} with everything drawn {@code zoom} times as large. */
    static Surface zoomed(Surface target, double zoom) {
        return zoom == 1 ? target : new TransformedSurface(target, 0, 0, zoom);
    }

    private double x(double x) {
        return dx + x * zoom;
    }

    private double y(double y) {
        return dy + y * zoom;
    }

    private FontSpec font(FontSpec font) {
        return zoom == 1 ? font : new FontSpec(font.size() * zoom, font.bold(), font.mono());
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        target.fillRect(x(x), y(y), width * zoom, height * zoom, argb);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        target.strokeRect(x(x), y(y), width * zoom, height * zoom, argb, lineWidth * zoom);
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing, double lineWidth) {
        target.hatchRect(x(x), y(y), width * zoom, height * zoom, stripeArgb, spacing * zoom, lineWidth * zoom);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
        target.line(x(x1), y(y1), x(x2), y(y2), argb, lineWidth * zoom, dashed);
    }

    @Override
    public void text(String text, double x, double centerY, FontSpec font, int argb, Align align) {
        target.text(text, x(x), y(centerY), font(font), argb, align);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return target.textWidth(text, font(font)) / zoom;
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        target.pushClip(x(x), y(y), width * zoom, height * zoom);
    }

    @Override
    public void popClip() {
        target.popClip();
    }
}
