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
    /** While the state holds and the divider is where it was put: the second pane's least width, and the least fraction for the first. */
    private double secondAtLeast;
    private double firstAtLeast = 1;
    /** Whether the divider was dragged, per state: a place chosen by hand is kept as it is. */
    private final boolean[] dragged = new boolean[2];
    /** Where the divider was when the mouse was pressed on it. */
    private double pressedAt = Double.NaN;

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
        pane.addEventFilter(MouseEvent.MOUSE_PRESSED, kept::pressed);
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

    /**
     * While the state holds, and until the divider is dragged, gives the second pane at least {@code width}
     * pixels, the first keeping at least {@code firstShare} of the split: presenting on a 1024 x 768
     * projector, the code panel had 390 px, its type made as small as 13 px so that no name would break.
     */
    SplitFraction givesTheSecondAtLeast(double width, double firstShare) {
        secondAtLeast = width;
        firstAtLeast = firstShare;
        apply();
        return this;
    }

    private void pressed(MouseEvent event) {
        pressedAt = isOnTheDivider(event) ? pane.getDividerPositions()[0] : Double.NaN;
    }

    private void released(MouseEvent event) {
        if (isOnTheDivider(event)) {
            // After the drag's last layout, with the panes' least heights as the drag left them.
            Platform.runLater(() -> {
                refit();
                int state = second.get() ? 1 : 0;
                // A click on the divider that did not move it is no choice of a place: the place it was held
                // at (presenting, the code's least width) is not what was asked for, and stays unchosen.
                double at = pane.getDividerPositions()[0];
                if (Double.isNaN(pressedAt) || Math.abs(at - pressedAt) > 0.002) {
                    dragged[state] = true;
                    fractions[state] = at;
                }
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
        int state = second.get() ? 1 : 0;
        double at = fractions[state];
        double width = pane.getWidth() - pane.snappedLeftInset() - pane.snappedRightInset();
        if (state == 1 && !dragged[state] && secondAtLeast > 0 && width > 0) {
            at = Math.max(Math.min(firstAtLeast, at), Math.min(at, 1 - secondAtLeast / width));
        }
        moveTo(pane, at);
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
