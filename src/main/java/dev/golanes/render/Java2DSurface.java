package dev.golanes.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws on a Java2D {@link Graphics2D}: how PNGs are made, headless and without JavaFX, so the
 * command line can export pictures on a machine with no display. Shapes and text are antialiased;
 * text uses the bundled fonts ({@link FigureFonts}), measured exactly as the SVG measures them.
 * A scale already set on the graphics (2x, 4x) gives more pixels of the same figure.
 */
public final class Java2DSurface implements Surface {
    /** Stands for "no clip" on the stack, which cannot hold null. */
    private static final Shape NO_CLIP = new Rectangle2D.Double();

    private final Graphics2D g;
    private final FigureFonts fonts;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final Line2D.Double segment = new Line2D.Double();

    public Java2DSurface(Graphics2D g, FigureFonts fonts) {
        this.g = g;
        this.fonts = fonts;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        if (width > 0 && height > 0) {
            g.setColor(colour(argb));
            g.fill(new Rectangle2D.Double(x, y, width, height));
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        // Inside the box, as the canvas strokes it.
        double inset = lineWidth / 2;
        g.setColor(colour(argb));
        g.setStroke(stroke(lineWidth, BasicStroke.CAP_SQUARE, false));
        g.draw(new Rectangle2D.Double(x + inset, y + inset, Math.max(0, width - lineWidth), Math.max(0, height - lineWidth)));
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing,
                          double lineWidth) {
        g.setColor(colour(stripeArgb));
        g.setStroke(stroke(lineWidth, BasicStroke.CAP_BUTT, false));
        Hatching.stripes(x, y, width, height, spacing, (x1, y1, x2, y2) -> {
            segment.setLine(x1, y1, x2, y2);
            g.draw(segment);
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
        g.setColor(colour(argb));
        g.setStroke(stroke(lineWidth, BasicStroke.CAP_SQUARE, dashed));
        segment.setLine(x1, y1, x2, y2);
        g.draw(segment);
    }

    @Override
    public void text(String text, double x, double centerY, FontSpec font, int argb, Align align) {
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - fonts.width(text, font) / 2;
            case RIGHT -> x - fonts.width(text, font);
        };
        g.setFont(fonts.font(font));
        g.setColor(colour(argb));
        g.drawString(text, (float) left, (float) (centerY + fonts.baselineBelowCentre(font)));
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return fonts.width(text, font);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, Math.max(0, width), Math.max(0, height)));
    }

    @Override
    public void popClip() {
        if (!clips.isEmpty()) {
            Shape previous = clips.pop();
            g.setClip(previous == NO_CLIP ? null : previous);
        }
    }

    private Stroke stroke(double width, int cap, boolean dashed) {
        float w = (float) width;
        return dashed ? new BasicStroke(w, cap, BasicStroke.JOIN_MITER, 10f, new float[] {3 * w, 2 * w}, 0f)
                : new BasicStroke(w, cap, BasicStroke.JOIN_MITER, 10f);
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> new Color(c, true));
    }
}
