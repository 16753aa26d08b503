package dev.golanes.export;

import dev.golanes.engine.Comparison;
import dev.golanes.i18n.Texts;
import dev.golanes.render.ComparisonFigure;
import dev.golanes.render.FigureFonts;
import dev.golanes.render.Palette;
import dev.golanes.render.SvgSurface;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The comparison of the four programs as a picture (PNG or SVG): what the Compare window shows, at
 * {@code atMicros} after the start (the end by default), at its size, in a theme's colours and a language.
 * Its height is the size's, whole: the four timelines share it. A picture larger every way than
 * {@link FigureSize#COMPARISON} draws it larger, as {@link FigureSize#figureScale(FigureSize)} says.
 */
public record ComparisonExport(Comparison comparison, long atMicros, FigureSize size, Palette palette, Texts texts) {

    public ComparisonExport {
        if (size.width() < ComparisonFigure.MIN_WIDTH || size.height() < ComparisonFigure.MIN_HEIGHT) {
            throw new IllegalArgumentException("a comparison needs " + ComparisonFigure.MIN_WIDTH + " x "
                    + ComparisonFigure.MIN_HEIGHT + " px: " + size.width() + " x " + size.height());
        }
    }

    /** How many calls each program has a row for in this picture: all of them, or the first of them. */
    public int callsShown() {
        return new Measure().shownAt(size.height());
    }

    /**
     * The least height that gives every call a row at this width, or 0 if none up to
     * {@link FigureSize#MAX_HEIGHT} does. Type grows with a taller picture up to the width's 16:9, so
     * only a height past that adds rows; and where the table's whys go down to one line or the legend
     * comes in, a little more height takes rows away: the search finds where every taller picture fits,
     * then looks below it, up to {@value #LOOKED_BELOW} px above the size given, for a height that fits too.
     */
    public int heightForEveryCall() {
        Measure measure = new Measure();
        int calls = comparison.scenario().calls();
        int low = size.height();
        int high = FigureSize.MAX_HEIGHT;
        if (measure.shownAt(high) < calls) {
            return 0;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (measure.shownAt(mid) >= calls) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        for (int height = size.height(); height < high && height < size.height() + LOOKED_BELOW; height++) {
            if (measure.shownAt(height) >= calls) {
                return height;
            }
        }
        return high;
    }

    /** How far above the size given {@link #heightForEveryCall} looks for a height that fits, pixel by pixel. */
    private static final int LOOKED_BELOW = 1_000;

    /** Measures as the picture does, with the table's rows made once. */
    private final class Measure {
        private final SvgSurface surface = new SvgSurface(Writer.nullWriter(), 1, 1, "", new FigureFonts());
        private final List<Comparison.Row> rows = comparison.rows(texts);

        int shownAt(int height) {
            FigureSize taller = size.withHeight(height);
            return ComparisonFigure.callsShown(surface, taller.width(), height, taller.figureScale(FigureSize.COMPARISON),
                    comparison, rows, texts);
        }
    }

    /** Writes the picture atomically: the whole file or, on failure, nothing and a reason. */
    public void write(Path target, ExportFormat format) throws ExportException {
        if (!format.isPicture()) {
            throw new IllegalArgumentException("a comparison is a picture, not " + format);
        }
        Pictures.write(target, format, size.width(), size.height(), size.scale(),
                texts.format("figure.svgCompareTitle", Long.toString(comparison.scenario().seed())),
                surface -> ComparisonFigure.paint(surface, size.width(), size.height(), size.figureScale(FigureSize.COMPARISON),
                        comparison, atMicros, palette, texts));
    }
}
