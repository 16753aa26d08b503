package dev.golanes.export;

/**
 * How big an exported picture is: its width and height in figure pixels (what an SVG calls its
 * size, and the layout works in) and, for PNG, how many image pixels each figure pixel gets.
 * {@code 1280 x 720 at scale 2} is the same figure as at scale 1, in a 2560 x 1440 image.
 *
 * @param fitHeight the height is at most this: a run with few calls ends the picture under its legend
 *                  rather than leaving a blank band a teacher would have to crop
 */
public record FigureSize(int width, int height, int scale, boolean fitHeight) {
    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 20_000;
    public static final int MIN_HEIGHT = 240;
    /** Tall enough for 10,000 calls at the thinnest row. */
    public static final int MAX_HEIGHT = 100_000;
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;
    /** A PNG is drawn whole in memory (4 bytes a pixel), so it has a ceiling; an SVG has none. */
    public static final long MAX_PNG_PIXELS = 50_000_000L;

    /**
     * A 16:9 slide at most, one image pixel per figure pixel. 1280 wide rather than 1600, so the
     * text is as large, relative to the picture, as on the window's timeline.
     */
    public static final FigureSize DEFAULT = new FigureSize(1280, 720, 1, true);

    /**
     * The comparison's default: also 16:9, larger, as four programs share its height (at 1280 x 720 the
     * bars are too thin for their words).
     */
    public static final FigureSize COMPARISON = new FigureSize(1600, 900, 1, false);

    public FigureSize {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT || scale < MIN_SCALE
                || scale > MAX_SCALE) {
            throw new IllegalArgumentException("figure size out of range: " + width + "x" + height + " at " + scale + "x");
        }
    }

    /**
     * How large the figure's type and shapes are drawn: 1 up to {@link #DEFAULT}'s size; in a picture
     * larger than it every way, as much larger as the smaller way, so 1920 x 1080 is the default picture
     * half as large again rather than the same type with a blank band under it. A picture taller (or
     * wider) only gets more room: more calls get a row, or a longer time axis.
     */
    public double figureScale() {
        return figureScale(DEFAULT);
    }

    /** {@link #figureScale()} against another picture's usual size (the comparison's). */
    public double figureScale(FigureSize usual) {
        return Math.max(1, Math.min((double) width / usual.width(), (double) height / usual.height()));
    }

    /** Whether a PNG of this size (at its full height) fits under {@link #MAX_PNG_PIXELS}. */
    public boolean fitsInPng() {
        return (long) width * scale * height * scale <= MAX_PNG_PIXELS;
    }

    public FigureSize withHeight(int newHeight) {
        return new FigureSize(width, newHeight, scale, fitHeight);
    }

    public FigureSize withScale(int newScale) {
        return new FigureSize(width, height, newScale, fitHeight);
    }
}
