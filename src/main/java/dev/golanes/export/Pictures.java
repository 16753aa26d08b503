package dev.golanes.export;

import dev.golanes.render.FigureFonts;
import dev.golanes.render.Java2DSurface;
import dev.golanes.render.Surface;
import dev.golanes.render.SvgSurface;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/** Writes a figure as SVG or PNG, atomically, whatever draws it: a run's timeline or a comparison. */
final class Pictures {
    /** Draws the figure on a surface, in figure pixels. */
    interface Painter {
        void paint(Surface surface);
    }

    private Pictures() {
    }

    /**
     * Writes the figure, {@code width} x {@code height} figure pixels, to {@code target}: the whole file
     * or, on failure, nothing and a reason. A PNG gets {@code scale} image pixels per figure pixel.
     */
    static void write(Path target, ExportFormat format, int width, int height, int scale, String svgTitle, Painter painter)
            throws ExportException {
        switch (format) {
            case SVG -> AtomicFiles.writeText(target, out -> svg(out, width, height, svgTitle, painter));
            case PNG -> {
                if ((long) width * scale * height * scale > FigureSize.MAX_PNG_PIXELS) {
                    throw new ExportException(ExportException.Reason.TOO_BIG, target, null);
                }
                try {
                    AtomicFiles.write(target, out -> png(out, width, height, scale, painter));
                } catch (OutOfMemoryError e) {
                    throw new ExportException(ExportException.Reason.TOO_BIG, target, null);
                }
            }
            default -> throw new IllegalArgumentException(format + " is not a picture");
        }
    }

    static void svg(Writer out, double width, double height, String title, Painter painter) throws IOException {
        try {
            SvgSurface svg = new SvgSurface(out, width, height, title, new FigureFonts());
            painter.paint(svg);
            svg.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void png(OutputStream out, int width, int height, int scale, Painter painter) throws IOException {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            painter.paint(new Java2DSurface(g, new FigureFonts()));
        } finally {
            g.dispose();
        }
        PngWriter.write(image, out);
    }
}
