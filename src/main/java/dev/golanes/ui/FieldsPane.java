package dev.golanes.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;

/**
 * The scenario form: its fields flow in rows, and a field's problem shows as a callout under the form,
 * in line with its field. A callout takes no room in the form: while the teacher types, the fields
 * after a wrong one stay where they are and the panes below do not move down; the callout covers the
 * top of the pane below until the value is right. Callouts never cover a field (a form wrapped on a
 * narrow window has fields under the first row), never each other (two at once stack), and stay
 * inside the form's width (unless the form is narrower than a callout). The pointer goes through a
 * callout to what it covers.
 *
 * <p>A callout is an unmanaged {@link Labeled} with the style class {@value #CALLOUT}, a child of one
 * of the form's children (the field's group). The form must be drawn above the panes below it (a
 * lower {@code viewOrder}), or they would cover the callouts, and its parents must not pick on their
 * bounds, which take the callouts in, or they would catch the clicks meant for the panes below.
 */
public final class FieldsPane extends FlowPane {
    /** The style class of a field's problem. */
    public static final String CALLOUT = "field-error";
    /** Room kept between a callout and the form's sides, and between two callouts. */
    private static final double GAP = 4;

    private final Set<Node> watched = new HashSet<>();
    private final InvalidationListener relayout = obs -> requestLayout();

    public FieldsPane() {
        // The form is picked where it is drawn (its background), not over the callouts below it.
        setPickOnBounds(false);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Bounds> placed = new ArrayList<>();
        for (Node group : getChildren()) {
            if (group instanceof Parent parent && group.isManaged()) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (child instanceof Labeled callout && !child.isManaged()
                            && child.getStyleClass().contains(CALLOUT)) {
                        watch(callout);
                        // A pane picks on its bounds, which take in a callout drawn outside it.
                        group.setPickOnBounds(false);
                        if (callout.isVisible()) {
                            placed.add(place(callout, group, placed));
                        }
                    }
                }
            }
        }
    }

    /**
     * An unmanaged child's changes do not lay out the form by themselves. A callout lets the pointer
     * through to what it covers (the engine buttons, the timeline), which stay usable while it shows.
     */
    private void watch(Labeled callout) {
        if (watched.add(callout)) {
            callout.setMouseTransparent(true);
            callout.textProperty().addListener(relayout);
            callout.visibleProperty().addListener(relayout);
        }
    }

    /** Puts the callout under the form, in line with its group, below the ones already placed that it would meet. */
    private Bounds place(Labeled callout, Node group, List<Bounds> placed) {
        // The style sheet's max width is where the text wraps.
        double width = Math.ceil(Math.min(callout.maxWidth(-1), callout.prefWidth(-1)));
        double height = Math.ceil(callout.prefHeight(width));
        double x = Math.max(GAP, Math.min(group.getLayoutX(), getWidth() - GAP - width));
        double y = getHeight();
        for (boolean moved = true; moved; ) {
            moved = false;
            for (Bounds other : placed) {
                if (other.intersects(x, y, width, height + GAP)) {
                    y = other.getMaxY() + GAP;
                    moved = true;
                }
            }
        }
        callout.resizeRelocate(snapPositionX(x - group.getLayoutX()), snapPositionY(y - group.getLayoutY()),
                width, height);
        return new BoundingBox(x, y, width, height);
    }
}
