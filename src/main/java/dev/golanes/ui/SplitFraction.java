package dev.golanes.ui;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a split pane's divider at a fraction of its size. A split pane keeps its divider's pixels, not
 * its fraction, when it is resized (the window sized to the screen, the scenario form hidden or shown
 * by presentation mode, full screen left), so the fraction is put back after each resize. Only a drag
 * of the divider moves it, and the fraction is kept per state (presenting or not) and restored with it.
 */
final class SplitFraction {
    private final SplitPane pane;
    private final ObservableBooleanValue second;
    private final double[] fractions;
    private boolean queued;
    /** The pane over a vertical split's divider, kept at its least height (see {@link #keepsTheLeastOf}). */
    private TimelineBox top;

    private SplitFraction(SplitPane pane, ObservableBooleanValue second, double whenFalse, double whenTrue) {
        this.pane = pane;
        this.second = second;
        this.fractions = new double[] {whenFalse, whenTrue};
    }

    /**
     * Keeps {@code pane}'s first divider at {@code whenFalse} of its size, or at {@code whenTrue} while
     * {@code state} holds, until the user drags it elsewhere.
     */
    static SplitFraction keep(SplitPane pane, ObservableBooleanValue state, double whenFalse, double whenTrue) {
        SplitFraction kept = new SplitFraction(pane, state, whenFalse, whenTrue);
        kept.apply();
        // After the split's own layout of its new size, which would otherwise keep the old pixels.
        Listen.onChange(pane, kept::applyLater, pane.getOrientation() == Orientation.VERTICAL
                ? pane.heightProperty() : pane.widthProperty());
        Listen.onChange(pane, kept::apply, state);
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, kept::released);
        return kept;
    }

    /**
     * Keeps the pane over a vertical split's divider at its least height, which may grow after the
     * divider was put in its place: the split lays a divider out within its panes' least heights only
     * while it moves, and it asks them as they were then. The pane grows by a wrapped hint, or by the
     * overview of the calls, which comes under the lanes once a divider dragged up leaves them too
     * little room, and so in the middle of the drag: the Play button under it was cut off.
     */
    void keepsTheLeastOf(TimelineBox top) {
        this.top = top;
        top.whenShort(() -> {
            // Not in the middle of a drag, which sets the divider's place until it is released.
            Node divider = pane.lookup(".split-pane-divider");
            if (divider != null && !divider.isPressed()) {
                refit();
            }
        });
    }

    private void released(MouseEvent event) {
        if (isOnTheDivider(event)) {
            // After the drag's last layout, with the panes' least heights as the drag left them.
            Platform.runLater(() -> {
                refit();
                fractions[second.get() ? 1 : 0] = pane.getDividerPositions()[0];
            });
        }
    }

    private boolean isOnTheDivider(MouseEvent event) {
        for (Node node = event.getTarget() instanceof Node n ? n : null; node != null && node != pane; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void applyLater() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                apply();
            });
        }
    }

    /** Set to the value it already has, a divider keeps whatever pixels the last resize left it at: it is moved away and back. */
    private void apply() {
        moveTo(pane, fractions[second.get() ? 1 : 0]);
    }

    /** Moves the divider down, if need be, until the pane over it has its least height. */
    private void refit() {
        Node divider = pane.lookup(".split-pane-divider");
        if (top == null || divider == null) {
            return;
        }
        // Twice: the divider's own height and the split's rounding can leave the first try a pixel short.
        for (int i = 0; i < 2; i++) {
            double shortBy = top.minHeight(-1) - (divider.getLayoutY() - pane.snappedTopInset());
            double span = pane.getHeight() - pane.snappedTopInset() - pane.snappedBottomInset();
            if (shortBy <= 0.5 || span <= 0) {
                return;
            }
            SplitPane.Divider moved = pane.getDividers().get(0);
            moved.setPosition(Math.min(1, moved.getPosition() + Math.ceil(shortBy) / span));
            pane.layout();
        }
    }

    private static void moveTo(SplitPane pane, double at) {
        SplitPane.Divider divider = pane.getDividers().get(0);
        divider.setPosition(at > 0.5 ? 0.5 : 0.6);
        divider.setPosition(at);
    }
}
