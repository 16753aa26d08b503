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

    private SplitFraction(SplitPane pane, ObservableBooleanValue second, double whenFalse, double whenTrue) {
        this.pane = pane;
        this.second = second;
        this.fractions = new double[] {whenFalse, whenTrue};
    }

    /**
     * Keeps {@code pane}'s first divider at {@code whenFalse} of its size, or at {@code whenTrue} while
     * {@code state} holds, until the user drags it elsewhere.
     */
    static void keep(SplitPane pane, ObservableBooleanValue state, double whenFalse, double whenTrue) {
        SplitFraction kept = new SplitFraction(pane, state, whenFalse, whenTrue);
        kept.apply();
        // After the split's own layout of its new size, which would otherwise keep the old pixels.
        Listen.onChange(pane, kept::applyLater, pane.getOrientation() == Orientation.VERTICAL
                ? pane.heightProperty() : pane.widthProperty());
        Listen.onChange(pane, kept::apply, state);
        pane.addEventFilter(MouseEvent.MOUSE_RELEASED, kept::released);
    }

    private void released(MouseEvent event) {
        for (Node node = event.getTarget() instanceof Node n ? n : null; node != null && node != pane; node = node.getParent()) {
            if (node.getStyleClass().contains("split-pane-divider")) {
                fractions[second.get() ? 1 : 0] = pane.getDividerPositions()[0];
                return;
            }
        }
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
        double at = fractions[second.get() ? 1 : 0];
        SplitPane.Divider divider = pane.getDividers().get(0);
        divider.setPosition(at > 0.5 ? 0.5 : 0.6);
        divider.setPosition(at);
    }
}
