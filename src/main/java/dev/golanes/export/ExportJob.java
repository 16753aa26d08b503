package dev.golanes.export;

import dev.golanes.i18n.Texts;
import dev.golanes.render.FigureFonts;
import dev.golanes.render.FigureSpec;
import dev.golanes.render.Palette;
import dev.golanes.render.Surface;
import dev.golanes.render.SvgSurface;
import dev.golanes.render.TimeWindow;
import dev.golanes.render.TimelineFigure;
import dev.golanes.render.TimelineLayout;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;
import dev.golanes.trace.TraceIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * One export of a run. JSON and CSV write the whole run; the pictures (PNG, SVG) draw the timeline
 * as it stands at {@code atMicros} (clamped to the run), at a size, in a theme's colours and a
 * language, from call {@code firstCall} down, over the stretch of time {@code window} (the window's
 * zoom; null for the whole run), with the same painter as the window.
 */
public record ExportJob(Trace trace, long atMicros, FigureSize size, Palette palette, Texts texts, int firstCall,
                        TimeWindow window) {
    /** Draw the run as it ends. */
    public static final long AT_END = Long.MAX_VALUE;

    /** The whole run's time. */
    public ExportJob(Trace trace, long atMicros, FigureSize size, Palette palette, Texts texts, int firstCall) {
        this(trace, atMicros, size, palette, texts, firstCall, null);
    }

    /** The run's picture at its end, in the light theme, from the first call. */
    public static ExportJob of(Trace trace, FigureSize size, Texts texts) {
        return new ExportJob(trace, AT_END, size, Palette.LIGHT, texts, 1);
    }

    /** Writes the export atomically: the whole file or, on failure, nothing and a reason. */
    public void write(Path target, ExportFormat format) throws ExportException {
        switch (format) {
            case JSON -> AtomicFiles.writeText(target, out -> ChromeTraceJson.write(trace, out));
            case CSV -> AtomicFiles.writeText(target, out -> CallsCsv.write(trace, out));
            case SVG, PNG -> {
                // Fitted to its calls, the picture may be well under the limit its full height would pass.
                if (format == ExportFormat.PNG && (long) pixelWidth() * pixelHeight() > FigureSize.MAX_PNG_PIXELS) {
                    throw new ExportException(ExportException.Reason.TOO_BIG, target, null);
                }
                FigureSpec spec = spec();
                Pictures.write(target, format, size.width(), (int) Math.round(spec.height()), size.scale(), svgTitle(),
                        surface -> paint(surface, spec));
            }
        }
    }

    /** The state of the run the picture shows. */
    public Moment moment() {
        return new TraceIndex(trace).at(atMicros);
    }

    /**
     * The figure: exports have the title row and the legend, at the painter's normal scale (larger in
     * a picture larger every way than the default, see {@link FigureSize#figureScale()}), and end under
     * the legend when the size allows it.
     */
    public FigureSpec spec() {
        double scale = size.figureScale();
        FigureSpec full = new FigureSpec(size.width(), size.height(), scale, true, true);
        if (!size.fitHeight()) {
            return full;
        }
        double used = Math.ceil(TimelineFigure.layout(measuring(), full, trace, firstCall, time()).contentBottom());
        return new FigureSpec(size.width(), Math.min(size.height(), used), scale, true, true);
    }

    /** The PNG's width in pixels. */
    public int pixelWidth() {
        return size.width() * size.scale();
    }

    /** The PNG's height in pixels (less than asked when the height fits the lanes). */
    public int pixelHeight() {
        return (int) Math.round(spec().height()) * size.scale();
    }

    /** The geometry of the picture, to tell which calls it shows. */
    public TimelineLayout layout() {
        return TimelineFigure.layout(measuring(), spec(), trace, firstCall, time());
    }

    /** The stretch of time the picture shows: the window's zoom, or the whole run. */
    private TimeWindow time() {
        return window != null ? window : TimeWindow.whole(trace.endMicros());
    }

    /** The least height that gives every call a row at this width. */
    public int heightForEveryCall() {
        return TimelineFigure.heightForEveryCall(measuring(), spec(), trace);
    }

    /** A surface that draws nowhere, for measuring text as the pictures measure it. */
    private static SvgSurface measuring() {
        return new SvgSurface(Writer.nullWriter(), 1, 1, "", new FigureFonts());
    }

    /** Writes the picture as SVG: the file the window's Export and {@code golanes export} write. */
    public void writeSvg(Writer out) throws IOException {
        FigureSpec spec = spec();
        Pictures.svg(out, spec.width(), spec.height(), svgTitle(), surface -> paint(surface, spec));
    }

    /** Writes the picture as PNG, {@link #pixelWidth()} x {@link #pixelHeight()} image pixels. */
    public void writePng(OutputStream out) throws IOException {
        FigureSpec spec = spec();
        Pictures.png(out, size.width(), (int) Math.round(spec.height()), size.scale(), surface -> paint(surface, spec));
    }

    private String svgTitle() {
        return texts.format("figure.svgTitle", trace.scenario().mode().id(), Long.toString(trace.scenario().seed()));
    }

    private void paint(Surface surface, FigureSpec spec) {
        TimelineFigure.paint(surface, spec, trace, moment(), palette, texts, firstCall, time());
    }
}
