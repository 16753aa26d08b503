package dev.golanes.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws on a JavaFX canvas: the window's timeline.
 *
 * <p>A clip is set on the canvas only when a shape would cross it. JavaFX draws every shape under a
 * canvas clip through a mask the size of the clip, blended in software on a machine without a GPU
 * (profiled: two thirds of the renderer's time while playing five calls), and the timeline's shapes
 * almost always lie inside its clip anyway: it only matters when the time axis is zoomed in.
 */
public final class CanvasSurface implements Surface {
    private static final String SANS = "System";
    private static final String MONO = "Monospaced";

    private final GraphicsContext g;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Text measure = new Text();
    /**
     * Text widths already measured. The timeline measures the same few dozen labels at every frame
     * (legend, ticks, lane names), and each measure lays the text out anew: most of what a frame
     * allocated. Emptied when it grows past {@link #MEASURED}, as the labels of every time step
     * (the playhead's {@code 1234 ms}) would otherwise pile up.
     */
    private final Map<Measured, Double> widths = new HashMap<>();
    private static final int MEASURED = 2_000;

    private record Measured(String text, FontSpec font) {
    }
    /** The clips pushed and not yet popped, innermost first. */
    private final Deque<Clip> clips = new ArrayDeque<>();

    /** A clip rectangle, and whether it has been set on the canvas (a shape crossed it). */
    private static final class Clip {
        final double left;
        final double top;
        final double right;
        final double bottom;
        boolean applied;

        Clip(double left, double top, double right, double bottom) {
            this.left = left;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
        }

        boolean contains(double x0, double y0, double x1, double y1) {
            return x0 >= left && y0 >= top && x1 <= right && y1 <= bottom;
        }
    }

    public CanvasSurface(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        clipFor(x, y, x + width, y + height);
        g.setFill(colour(argb));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        clipFor(x, y, x + width, y + height);
        g.setStroke(colour(argb));
        g.setLineWidth(lineWidth);
        g.setLineDashes();
        double inset = lineWidth / 2;
        g.strokeRect(x + inset, y + inset, Math.max(0, width - lineWidth), Math.max(0, height - lineWidth));
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing, double lineWidth) {
        // The stripes come cut to the box, as the exported pictures draw them: no clip needed.
        clipFor(x - lineWidth, y - lineWidth, x + width + lineWidth, y + height + lineWidth);
        g.setStroke(colour(stripeArgb));
        g.setLineWidth(lineWidth);
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.BUTT);
        // Only the stripes inside the clips and the canvas: zoomed in, a wait of seconds is millions
        // of pixels wide, and drawing all its stripes took seconds a frame.
        double from = -lineWidth;
        double to = g.getCanvas().getWidth() + lineWidth;
        for (Clip clip : clips) {
            from = Math.max(from, clip.left - lineWidth);
            to = Math.min(to, clip.right + lineWidth);
        }
        Hatching.stripesWithin(x, y, width, height, spacing, from, to, g::strokeLine);
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
        // Square caps reach half the width past the ends; a slanted line's corners a little further.
        clipFor(Math.min(x1, x2) - lineWidth, Math.min(y1, y2) - lineWidth, Math.max(x1, x2) + lineWidth,
                Math.max(y1, y2) + lineWidth);
        g.setStroke(colour(argb));
        g.setLineWidth(lineWidth);
        if (dashed) {
            g.setLineDashes(6 * lineWidth / 2, 4 * lineWidth / 2);
        } else {
            g.setLineDashes();
        }
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes();
    }

    @Override
    public void text(String text, double x, double centerY, FontSpec font, int argb, Align align) {
        if (!clips.isEmpty() && !clips.peek().applied) {
            double width = textWidth(text, font);
            double left = switch (align) {
                case LEFT -> x;
                case CENTER -> x - width / 2;
                case RIGHT -> x - width;
            };
            clipFor(left, centerY - font.size(), left + width, centerY + font.size());
        }
        g.setFont(font(font));
        g.setFill(colour(argb));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, centerY);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        Measured key = new Measured(text, font);
        Double known = widths.get(key);
        if (known != null) {
            return known;
        }
        if (widths.size() >= MEASURED) {
            widths.clear();
        }
        measure.setFont(font(font));
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        widths.put(key, width);
        return width;
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        clips.push(new Clip(x, y, x + Math.max(0, width), y + Math.max(0, height)));
    }

    @Override
    public void popClip() {
        Clip clip = clips.poll();
        if (clip != null && clip.applied) {
            g.restore();
        }
    }

    /**
     * Sets the clips on the canvas that a shape with these bounds would cross, innermost last; once
     * set, a clip stays until it is popped.
     */
    private void clipFor(double x0, double y0, double x1, double y1) {
        Clip innermost = clips.peek();
        if (innermost == null || innermost.applied || innermost.contains(x0, y0, x1, y1)) {
            return;
        }
        var outermostFirst = clips.descendingIterator();
        while (outermostFirst.hasNext()) {
            Clip clip = outermostFirst.next();
            if (!clip.applied) {
                g.save();
                g.beginPath();
                g.rect(clip.left, clip.top, clip.right - clip.left, clip.bottom - clip.top);
                g.closePath();
                g.clip();
                clip.applied = true;
            }
        }
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF,
                ((c >>> 24) & 0xFF) / 255.0));
    }

    private Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, f -> Font.font(f.mono() ? MONO : SANS,
                f.bold() ? FontWeight.BOLD : FontWeight.NORMAL, f.size()));
    }
}
