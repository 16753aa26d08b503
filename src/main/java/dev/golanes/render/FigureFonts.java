package dev.golanes.render;

import dev.golanes.render.Surface.FontSpec;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of exported figures: DejaVu Sans and DejaVu Sans Mono, bundled with the app, so a PNG
 * looks the same on every machine (a server without any fonts included) and SVG text is measured
 * without JavaFX.
 *
 * <p>An SVG names DejaVu first and then common look-alikes. Arial, Helvetica, Consolas and Courier
 * are narrower than DejaVu, and Menlo is DejaVu Sans Mono under another name, so a label measured
 * to fit here still fits wherever the SVG is opened; text placed by its centre or its end uses
 * {@code text-anchor}, so it stays where it belongs whatever the font.
 */
public final class FigureFonts {
    /** The SVG {@code font-family} of the sans-serif text. */
    public static final String SANS_FAMILIES = "DejaVu Sans, Arial, Helvetica, sans-serif";
    /** The SVG {@code font-family} of the monospaced text (lane names). */
    public static final String MONO_FAMILIES = "DejaVu Sans Mono, Menlo, Consolas, Courier New, monospace";

    /** Fractional metrics, so widths scale exactly with the size and match what Java2D draws. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private static final class Faces {
        static final Font SANS = load("DejaVuSans.ttf");
        static final Font SANS_BOLD = load("DejaVuSans-Bold.ttf");
        static final Font MONO = load("DejaVuSansMono.ttf");
        static final Font MONO_BOLD = load("DejaVuSansMono-Bold.ttf");
    }

    private final Map<FontSpec, Font> fonts = new ConcurrentHashMap<>();
    private final Map<FontSpec, Double> baselines = new ConcurrentHashMap<>();

    /** The AWT font for a spec. */
    public Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, f -> face(f).deriveFont((float) f.size()));
    }

    /** The advance width of a text, in pixels of the figure. */
    public double width(String text, FontSpec spec) {
        if (text.isEmpty()) {
            return 0;
        }
        return font(spec).getStringBounds(text, MEASURE).getWidth();
    }

    /**
     * How far below a line's vertical centre its baseline lies: half of ascent minus descent, as
     * JavaFX places text with {@code VPos.CENTER}, so exported text sits where the window puts it.
     */
    public double baselineBelowCentre(FontSpec spec) {
        return baselines.computeIfAbsent(spec, f -> {
            LineMetrics metrics = font(f).getLineMetrics("Hg", MEASURE);
            return (double) (metrics.getAscent() - metrics.getDescent()) / 2;
        });
    }

    /** The SVG {@code font-family} for a spec. */
    public static String families(FontSpec spec) {
        return spec.mono() ? MONO_FAMILIES : SANS_FAMILIES;
    }

    private static Font face(FontSpec spec) {
        if (spec.mono()) {
            return spec.bold() ? Faces.MONO_BOLD : Faces.MONO;
        }
        return spec.bold() ? Faces.SANS_BOLD : Faces.SANS;
    }

    private static Font load(String file) {
        try (InputStream in = FigureFonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the bundled font " + file, e);
        }
    }
}
