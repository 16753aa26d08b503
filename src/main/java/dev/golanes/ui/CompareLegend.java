package dev.golanes.ui;

import dev.golanes.engine.Comparison;
import dev.golanes.i18n.Texts;
import dev.golanes.render.CanvasSurface;
import dev.golanes.render.ComparisonFigure;
import dev.golanes.render.FigureLabels;
import dev.golanes.render.Palette;
import dev.golanes.render.TimelinePainter;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The compare view's one legend for its four timelines, under them, as on the exported picture. Until
 * every program has ended it names what the four programs show, so it does not grow as they play nor
 * tell the class what is coming; then what they did, as the main window's legend does.
 */
final class CompareLegend extends Region {
    /** Left and right of the entries, as the table's cells are. */
    private static final double MARGIN = 16;
    private final Comparison comparison;
    private final Palette palette;
    private final TimelinePainter.Labels labels;
    private final Canvas canvas = new Canvas();
    private boolean going = true;
    private final double zoom;
    /** Whether the programs' lanes end their finished calls with a tick, as its "done" is then drawn. */
    private boolean ticked;

    /** {@code zoom}: 1, or how much larger presentation mode draws on this screen (see {@link PresentingZoom}). */
    CompareLegend(Comparison comparison, Palette palette, Texts t, double zoom) {
        this.comparison = comparison;
        this.zoom = zoom;
        this.palette = palette;
        this.labels = FigureLabels.of(t, comparison.traces().get(0));
        setId("compare-legend");
        getStyleClass().add("compare-legend");
        getChildren().add(canvas);
        setMinHeight(ComparisonFigure.LEGEND_HEIGHT * zoom);
        setPrefHeight(ComparisonFigure.LEGEND_HEIGHT * zoom);
        setMaxHeight(ComparisonFigure.LEGEND_HEIGHT * zoom);
    }

    /**
     * Shows the legend under the programs unless it would cost one whose calls all fit their rows: a
     * 720-high screen, presenting, keeps every lane rather than the legend. Calls that scroll anyway
     * keep it. {@code without} and {@code with}: each program's height without the legend and with it.
     */
    void fitUnder(List<ComparePanel> programs, double width, double without, double with) {
        boolean shown = programs.stream()
                .noneMatch(program -> program.scrollsAt(width, with) && !program.scrollsAt(width, without));
        // A few pixels short (a 1280 x 720 screen, not presenting: 98 px a program where five calls take 105),
        // the timelines' type gives way a little rather than the legend: without it nothing said what the
        // hatching, the orange and the green stand for.
        boolean snug = !shown && programs.stream()
                .noneMatch(program -> program.scrollsAt(width, with, SNUGGER) && !program.scrollsAt(width, without));
        programs.forEach(program -> program.snug(snug ? SNUGGER : 1));
        setVisible(shown || snug);
        double height = shown || snug ? with : without;
        boolean tickedNow = programs.stream().allMatch(program -> program.tickedAt(width, height, snug ? SNUGGER : 1));
        if (tickedNow != ticked) {
            ticked = tickedNow;
            requestLayout();
        }
    }

    /** How much smaller the timelines may be drawn to keep the legend (see {@link #fitUnder}). */
    static final double SNUGGER = 0.9;

    /** Whether a program is still going: the legend then names what the programs show, else what they did. */
    void going(boolean going) {
        if (going != this.going) {
            this.going = going;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        canvas.setWidth(width);
        canvas.setHeight(height);
        canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
        TimelinePainter.paintLegend(new CanvasSurface(canvas.getGraphicsContext2D()), MARGIN * zoom, 0,
                width - 2 * MARGIN * zoom, zoom, comparison.traces(), going, ticked, palette, labels);
    }
}
