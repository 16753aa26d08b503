package dev.golanes.render;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws on a JavaFX canvas: the window's timeline. */
public final class CanvasSurface implements Surface {
    private static final String SANS = "System";
    private static final String MONO = "Monospaced";

    private final GraphicsContext g;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Text measure = new Text();

    public CanvasSurface(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        g.setFill(colour(argb));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        g.setStroke(colour(argb));
        g.setLineWidth(lineWidth);
        g.setLineDashes();
        double inset = lineWidth / 2;
        g.strokeRect(x + inset, y + inset, Math.max(0, width - lineWidth), Math.max(0, height - lineWidth));
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing, double lineWidth) {
        pushClip(x, y, width, height);
        g.setStroke(colour(stripeArgb));
        g.setLineWidth(lineWidth);
        g.setLineDashes();
        // Stripes rise to the right at 45 degrees; start left of the box so its corner is covered.
        double phase = Math.floorMod((long) Math.floor(x + y), (long) Math.max(1, spacing));
        for (double d = x - height - phase; d < x + width; d += spacing) {
            g.strokeLine(d, y + height, d + height, y);
        }
        popClip();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
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
        measure.setFont(font(font));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.closePath();
        g.clip();
    }

    @Override
    public void popClip() {
        g.restore();
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
