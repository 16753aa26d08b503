package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.CompareModel;
import dev.golanes.render.CanvasSurface;
import dev.golanes.render.FigureLabels;
import dev.golanes.render.FigureSpec;
import dev.golanes.render.Palette;
import dev.golanes.render.TimeWindow;
import dev.golanes.render.TimelineLayout;
import dev.golanes.render.TimelinePainter;
import dev.golanes.scenario.Scenario;
import dev.golanes.trace.GoDuration;
import dev.golanes.trace.Trace;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One program of the compare view: its name, its total once it has ended, and its timeline on the
 * axis shared by all four.
 */
final class ComparePanel extends Region {
    /** The names' column and the timelines' type at the window's usual size; presenting widens the column. */
    private static final double NAME_WIDTH = 150;
    private static final double SCALE = 0.85;
    private final CompareModel model;
    private final int index;
    private final Palette palette;
    private final TimelinePainter.Labels labels;
    private final Canvas canvas = new Canvas();
    private final CanvasSurface surface = new CanvasSurface(canvas.getGraphicsContext2D());
    private final VBox name;
    /** The total under the name: shown once the program has ended (see {@link CompareModel#finished}). */
    private final Label total;
    /** Which calls have a row, when not all of them do ("id1–id10 of 1000 calls"). */
    private final Label shown = new Label();
    private final Texts texts;
    /** 1, or how much larger the names' column is in presentation mode. */
    private final double larger;
    /**
     * 1, or how much larger presentation mode draws on this screen than at 1280 x 720, or smaller below
     * 1024 x 720; not presenting, 1, or smaller on a screen below 1024 x 600 (see {@link PresentingZoom}).
     */
    private final double zoom;
    /** 1, or a little less where the timeline's type gives way to the legend under the programs (see {@link CompareLegend#fitUnder}). */
    private double snug = 1;

    /**
     * {@code larger}: 1, or how much larger the type is in presentation mode; {@code zoom}: 1, or how
     * much larger presentation mode draws everything on a screen larger than 1280 x 720 (smaller on one
     * below 1024 x 720; not presenting, smaller below 1024 x 600).
     */
    ComparePanel(CompareModel model, int index, Palette palette, Texts t, double larger, double zoom) {
        this.model = model;
        this.larger = larger;
        this.zoom = zoom;
        this.index = index;
        this.palette = palette;
        Trace trace = model.comparison().traces().get(index);
        this.labels = FigureLabels.of(t, trace);
        this.texts = t;
        Label mode = new Label(t.format("mode." + trace.scenario().mode().id()));
        mode.getStyleClass().add("compare-mode");
        total = new Label(t.duration(GoDuration.ofMicros(trace.endMicros())));
        total.getStyleClass().add("compare-total");
        shown.getStyleClass().add("compare-shown");
        shown.setWrapText(true);
        // On two lines rather than cut: presenting on a 1024 projector in Indonesian the column squeezed it
        // to one, "id1–id5 dari 10 …", which lost the word that says what the numbers are.
        shown.setMinHeight(Region.USE_PREF_SIZE);
        shown.setId("compare-shown-" + index);
        name = new VBox(mode, total, shown);
        name.getStyleClass().add("compare-name");
        getStyleClass().add("compare-panel");
        getChildren().addAll(name, canvas);
    }

    /**
     * As high as its name, total and calls in view take in the names' column, and 96 px (times the zoom)
     * at least: the calls in view, on two lines, must not run into the next program's panel.
     */
    @Override
    protected double computeMinHeight(double width) {
        return Math.max(96 * zoom, name.minHeight(Math.round(NAME_WIDTH * larger)));
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    void redraw() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double names = Math.round(NAME_WIDTH * larger);
        name.resizeRelocate(0, 0, names, height);
        canvas.relocate(names, 0);
        width -= names;
        canvas.setWidth(width);
        canvas.setHeight(height);
        Trace trace = model.comparison().traces().get(index);
        TimelineLayout layout = layout(width, height);
        TimelinePainter.paint(surface, layout, new TimelinePainter.Frame(trace, model.momentOf(index), palette, labels, -1));
        total.setVisible(model.finished(trace.scenario().mode()));
        String calls = layout.scrolls() ? texts.format("compare.shown", Scenario.callId(layout.firstCall()),
                Scenario.callId(layout.firstCall() + layout.visibleCalls() - 1), trace.laneCount() - 1) : "";
        if (!calls.equals(shown.getText())) {
            shown.setText(calls);
        }
    }

    /** Whether this program's calls would scroll (not all have a row) were the panel {@code width} x {@code height}. */
    boolean scrollsAt(double width, double height) {
        return scrollsAt(width, height, 1);
    }

    /** {@link #scrollsAt(double, double)} with the timeline drawn {@code snugger} times as large. */
    boolean scrollsAt(double width, double height, double snugger) {
        double timeline = width - Math.round(NAME_WIDTH * larger);
        return timeline > 0 && height > 0 && layout(timeline, height, snugger).scrolls();
    }

    /**
     * Whether this program's lanes would end their finished calls with a tick were the panel {@code width} x
     * {@code height}, its timeline drawn {@code snugger} times as large: the legend draws "done" so.
     */
    boolean tickedAt(double width, double height, double snugger) {
        double timeline = width - Math.round(NAME_WIDTH * larger);
        return timeline > 0 && height > 0 && TimelinePainter.ticked(layout(timeline, height, snugger));
    }

    /** Draws the timeline {@code factor} times as large as usual (1, or a little less). */
    void snug(double factor) {
        if (factor != snug) {
            snug = factor;
            requestLayout();
        }
    }

    private TimelineLayout layout(double width, double height) {
        return layout(width, height, snug);
    }

    private TimelineLayout layout(double width, double height, double snugger) {
        Trace trace = model.comparison().traces().get(index);
        // The timelines keep their type when presenting: larger, its lanes would not all fit a 720-high
        // screen (id5 went missing); the full screen gives them room, and the names and table grow.
        double scale = SCALE * zoom * snugger;
        double gutter = TimelinePainter.gutterWidth(surface, trace.laneCount(), scale);
        return new TimelineLayout(new FigureSpec(width, height, scale, false, false), trace.laneCount(),
                TimeWindow.whole(model.comparison().axisEndMicros()), 1, gutter);
    }
}
