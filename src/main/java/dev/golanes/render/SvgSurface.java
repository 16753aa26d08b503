package dev.golanes.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the figure as SVG 1.1 with real text. Only what every viewer and slide program reads:
 * {@code rect}, {@code line}, {@code text}, {@code g} and one {@code clipPath} per clip; no CSS, no
 * patterns (hatching is plain lines), colours as {@code #rrggbb} with a separate opacity.
 * Text is measured with the bundled fonts ({@link FigureFonts}).
 *
 * <p>Write errors surface as {@link UncheckedIOException}, since {@link Surface} cannot throw.
 */
public final class SvgSurface implements Surface {
    private final Writer out;
    private final FigureFonts fonts;
    private final StringBuilder element = new StringBuilder(256);
    private int clips;
    private int openClips;

    /** Starts a document of {@code width} x {@code height} figure pixels; {@code title} names it for screen readers. */
    public SvgSurface(Writer out, double width, double height, String title, FigureFonts fonts) {
        this.out = out;
        this.fonts = fonts;
        element.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"");
        number(width).append("\" height=\"");
        number(height).append("\" viewBox=\"0 0 ");
        number(width).append(' ');
        number(height).append("\">\n<title>");
        escape(title).append("</title>\n");
        flushElement();
    }

    /** Closes the document (and any clip left open) and flushes the writer. */
    public void finish() {
        while (openClips > 0) {
            popClip();
        }
        element.append("</svg>\n");
        flushElement();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int argb) {
        if (!(width > 0) || !(height > 0)) {
            return;
        }
        element.append("<rect x=\"");
        number(x).append("\" y=\"");
        number(y).append("\" width=\"");
        number(width).append("\" height=\"");
        number(height).append('"');
        paint("fill", argb).append("/>\n");
        flushElement();
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, int argb, double lineWidth) {
        // Inside the box, as the canvas strokes it.
        double inset = lineWidth / 2;
        element.append("<rect x=\"");
        number(x + inset).append("\" y=\"");
        number(y + inset).append("\" width=\"");
        number(Math.max(0, width - lineWidth)).append("\" height=\"");
        number(Math.max(0, height - lineWidth)).append("\" fill=\"none\"");
        paint("stroke", argb).append(" stroke-width=\"");
        number(lineWidth).append("\"/>\n");
        flushElement();
    }

    @Override
    public void hatchRect(double x, double y, double width, double height, int stripeArgb, double spacing,
                          double lineWidth) {
        element.append("<g");
        paint("stroke", stripeArgb).append(" stroke-width=\"");
        number(lineWidth).append("\" stroke-linecap=\"butt\">\n");
        Hatching.stripes(x, y, width, height, spacing, (x1, y1, x2, y2) -> {
            element.append("<line x1=\"");
            number(x1).append("\" y1=\"");
            number(y1).append("\" x2=\"");
            number(x2).append("\" y2=\"");
            number(y2).append("\"/>\n");
        });
        element.append("</g>\n");
        flushElement();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int argb, double lineWidth, boolean dashed) {
        element.append("<line x1=\"");
        number(x1).append("\" y1=\"");
        number(y1).append("\" x2=\"");
        number(x2).append("\" y2=\"");
        number(y2).append('"');
        paint("stroke", argb).append(" stroke-width=\"");
        number(lineWidth).append("\" stroke-linecap=\"square\"");
        if (dashed) {
            element.append(" stroke-dasharray=\"");
            number(3 * lineWidth).append(',');
            number(2 * lineWidth).append('"');
        }
        element.append("/>\n");
        flushElement();
    }

    @Override
    public void text(String text, double x, double centerY, FontSpec font, int argb, Align align) {
        element.append("<text x=\"");
        number(x).append("\" y=\"");
        number(centerY + fonts.baselineBelowCentre(font)).append("\" font-family=\"")
                .append(FigureFonts.families(font)).append("\" font-size=\"");
        number(font.size()).append('"');
        if (font.bold()) {
            element.append(" font-weight=\"bold\"");
        }
        if (align != Align.LEFT) {
            element.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        }
        paint("fill", argb).append('>');
        escape(text).append("</text>\n");
        flushElement();
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return fonts.width(text, font);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        String id = "clip" + (++clips);
        element.append("<defs><clipPath id=\"").append(id).append("\"><rect x=\"");
        number(x).append("\" y=\"");
        number(y).append("\" width=\"");
        number(Math.max(0, width)).append("\" height=\"");
        number(Math.max(0, height)).append("\"/></clipPath></defs>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        openClips++;
        flushElement();
    }

    @Override
    public void popClip() {
        if (openClips > 0) {
            openClips--;
            element.append("</g>\n");
            flushElement();
        }
    }

    /** A colour attribute, with its opacity only when it is not opaque. */
    private StringBuilder paint(String attribute, int argb) {
        element.append(' ').append(attribute).append("=\"#");
        String hex = Integer.toHexString(argb & 0xFFFFFF);
        for (int i = hex.length(); i < 6; i++) {
            element.append('0');
        }
        element.append(hex).append('"');
        int alpha = (argb >>> 24) & 0xFF;
        if (alpha != 0xFF) {
            element.append(' ').append(attribute).append("-opacity=\"");
            number(alpha / 255.0).append('"');
        }
        return element;
    }

    /** A coordinate with at most two decimals and no exponent: plenty for pixels, and small. */
    private StringBuilder number(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths < 0) {
            element.append('-');
            hundredths = -hundredths;
        }
        element.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            element.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                element.append(fraction % 10);
            }
        }
        return element;
    }

    /**
     * Text as XML character data; characters XML 1.0 forbids are left out. A space after a space
     * becomes a no-break space, which SVG viewers keep where they collapse a run of spaces.
     */
    private StringBuilder escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
                c = '\u00A0';
            }
            switch (c) {
                case '&' -> element.append("&amp;");
                case '<' -> element.append("&lt;");
                case '>' -> element.append("&gt;");
                case '"' -> element.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            element.append(c);
                        }
                    }
                }
            }
        }
        return element;
    }

    private void flushElement() {
        try {
            out.append(element);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        element.setLength(0);
    }
}
