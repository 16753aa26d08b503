package dev.golanes.ui;

import javafx.application.Platform;
import javafx.scene.layout.VBox;

/**
 * The timeline's pane: the engine's bar, the lanes, the overview and the play bar, over the console.
 * The split over the console stops a dragged divider at this pane's least height, which it asks
 * without a width, and only while the divider moves. Asked so, a wrapping label counts one line: in a
 * narrow pane (the side panel's divider dragged left, on a laptop) the hint above the lanes takes
 * three; and the overview of the calls comes under the lanes only once they no longer all fit. A
 * divider dragged up stopped short of both, and the Play button was cut off. This pane answers for the
 * width it has, and when its least height grows it has the divider moved down to it if need be.
 */
public final class TimelineBox extends VBox {
    private Runnable whenGrown = () -> { };
    /** The least height at the last layout. */
    private double least = Double.MAX_VALUE;

    /** What moves the split's divider down to this pane's least height, run when it grows. */
    void whenShort(Runnable refit) {
        this.whenGrown = refit;
    }

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // The split keeps this pane its least height only while the divider is dragged: grown since (the
        // overview come, a hint wrapped), the pane went on under the console's.
        double now = minHeight(-1);
        if (now > least + 0.5) {
            Platform.runLater(whenGrown);
        }
        least = now;
    }
}
