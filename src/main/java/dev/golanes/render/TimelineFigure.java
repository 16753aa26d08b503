package dev.golanes.render;

import dev.golanes.i18n.Texts;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.Moment;
import dev.golanes.trace.Trace;

/**
 * The timeline as a figure of its own, as exports draw it: the window's picture plus a title row
 * (mode, seed, engine), laid out for one size and painted by the one {@link TimelinePainter}.
 * When not every call has a row, the title row says which calls are shown. The note under the rows
 * explains the total at the end, and midway says what the window's side panel would.
 */
public final class TimelineFigure {
    private TimelineFigure() {
    }

    /** The geometry of the figure, with text measured on {@code surface}. */
    public static TimelineLayout layout(Surface surface, FigureSpec spec, Trace trace, int firstCall) {
        return layout(surface, spec, trace, firstCall, TimeWindow.whole(trace.endMicros()));
    }

    /** The geometry of the figure over a stretch of the run's time (the window's zoom). */
    public static TimelineLayout layout(Surface surface, FigureSpec spec, Trace trace, int firstCall, TimeWindow window) {
        double gutter = TimelinePainter.gutterWidth(surface, trace.laneCount(), spec.scale());
        return new TimelineLayout(spec, trace.laneCount(), window, firstCall, gutter);
    }

    /** Draws the figure at a moment; returns the geometry it used. */
    public static TimelineLayout paint(Surface surface, FigureSpec spec, Trace trace, Moment moment, Palette palette,
                                       Texts texts, int firstCall) {
        return paint(surface, spec, trace, moment, palette, texts, firstCall, TimeWindow.whole(trace.endMicros()));
    }

    /** Draws the figure at a moment over a stretch of the run's time; returns the geometry it used. */
    public static TimelineLayout paint(Surface surface, FigureSpec spec, Trace trace, Moment moment, Palette palette,
                                       Texts texts, int firstCall, TimeWindow window) {
        TimelineLayout layout = layout(surface, spec, trace, firstCall, window);
        TimelinePainter.Labels labels = FigureLabels.of(texts, trace);
        if (!moment.finished()) {
            // Midway, the picture says what the window's side panel would: a slide has no side panel.
            labels = labels.withNote(FigureLabels.state(texts, trace, moment));
        } else if (spec.title()) {
            // An export at the end: what the program printed last, the results slice, as the window's
            // side panel shows it beside the figure.
            labels = labels.withNote(FigureLabels.withResults(texts, trace, labels.note()));
        }
        if (layout.scrolls()) {
            labels = labels.withTitleNote(texts.format("figure.callsShown", Scenario.callId(layout.firstCall()),
                    Scenario.callId(layout.firstCall() + layout.visibleCalls() - 1), trace.laneCount() - 1));
        }
        // A picture is of one moment, even of a real run still going: its legend names what it shows.
        TimelinePainter.paint(surface, layout, trace, moment, palette, labels);
        return layout;
    }

    /** The least height, in figure pixels, at which every call of the trace gets a row at this width and scale. */
    public static int heightForEveryCall(Surface surface, FigureSpec spec, Trace trace) {
        TimelineLayout layout = layout(surface, spec, trace, 1);
        int hidden = trace.laneCount() - 1 - layout.visibleCalls();
        // Rows are at their thinnest when calls are hidden: each hidden call needs one more row's height.
        int height = (int) Math.ceil(spec.height() + hidden * layout.laneHeight());
        while (!fitsEveryCall(surface, spec, trace, height)) {
            height++;
        }
        while (height > 1 && fitsEveryCall(surface, spec, trace, height - 1)) {
            height--;
        }
        return height;
    }

    private static boolean fitsEveryCall(Surface surface, FigureSpec spec, Trace trace, int height) {
        FigureSpec taller = new FigureSpec(spec.width(), height, spec.scale(), spec.title(), spec.legend());
        return !layout(surface, taller, trace, 1).scrolls();
    }
}
