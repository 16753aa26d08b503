package dev.golanes.export;

import dev.golanes.engine.Comparison;
import dev.golanes.i18n.Texts;
import dev.golanes.render.ComparisonFigure;
import dev.golanes.render.FigureFonts;
import dev.golanes.render.Palette;
import dev.golanes.render.SvgSurface;
import java.io.Writer;
import java.nio.file.Path;

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
        return shownAt(size.height());
    }

    /**
     * The least height that gives every call a row at this width (type grows with a taller picture up
     * to the width's 16:9, so only a height past that adds rows); 0 if none up to
     * {@link FigureSize#MAX_HEIGHT} does.
     */
    public int heightForEveryCall() {
        int calls = comparison.scenario().calls();
        int low = size.height();
        int high = FigureSize.MAX_HEIGHT;
        if (shownAt(high) < calls) {
            return 0;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (shownAt(mid) >= calls) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private int shownAt(int height) {
        FigureSize taller = size.withHeight(height);
        return ComparisonFigure.callsShown(new SvgSurface(Writer.nullWriter(), 1, 1, "", new FigureFonts()), taller.width(),
                height, taller.figureScale(FigureSize.COMPARISON), comparison, texts);
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
