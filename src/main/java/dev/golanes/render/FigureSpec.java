package dev.golanes.render;

/**
 * What figure to draw: its size in pixels, how much to scale text and strokes (1 in the window,
 * more in presentation mode), and whether to include the title row and the legend.
 */
public record FigureSpec(double width, double height, double scale, boolean title, boolean legend) {

    public FigureSpec {
        if (!(width > 0) || !(height > 0) || !(scale > 0)) {
            throw new IllegalArgumentException("a figure needs a positive size and scale");
        }
    }

    /** The window's figure: no title (the window has one), with the legend. */
    public static FigureSpec window(double width, double height, double scale) {
        return new FigureSpec(width, height, scale, false, true);
    }
}
