package dev.golanes.render;

/** A surface seen from a point inside another: what is drawn at (0, 0) lands at (dx, dy) there. */
final class ShiftedSurface implements Surface {
    private final Surface target;
    private final double dx;
    private final double dy;

    ShiftedSurface(Surface target, double dx, double dy) {
        this.target = target;
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        target.fillRect(x + dx, y + dy, width, height, argb);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        target.strokeRect(x + dx, y + dy, width, height, argb, lineWidth);
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing, double lineWidth) {
        target.hatchRect(x + dx, y + dy, width, height, stripeArgb, spacing, lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
        target.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, argb, lineWidth, dashed);
    }

    @Override
    public void text(String text, double x, double centerY, FontSpec font, int argb, Align align) {
        target.text(text, x + dx, centerY + dy, font, argb, align);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return target.textWidth(text, font);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        target.pushClip(x + dx, y + dy, width, height);
    }

    @Override
    public void popClip() {
        target.popClip();
    }
}
