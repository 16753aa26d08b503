package dev.golanes.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.shape.Rectangle;

/**
 * The console's list, which shows no sliver of a line at its top. When the view stands at the end (the
 * newest line at the bottom, as the console keeps it while a run plays) and its height is not a whole
 * number of lines, the top line is cut, and only the bottoms of its letters show: a row of dots over
 * the output. This flow hides that part line, leaving the console's background there instead. Scrolled
 * anywhere else the list is left alone: there the cut lines move with the reader's scrolling.
 */
final class WholeLinesFlow<T> extends VirtualFlow<ListCell<T>> {
    /** The part of a line, from its top, that holds no letters: cut there, the line still reads whole. */
    static final double LETTERLESS_TOP = 0.2;

    private final Rectangle clip = new Rectangle();

    WholeLinesFlow() {
        positionProperty().addListener((property, was, now) -> {
            if (!atTheEnd()) {
                setClip(null);
            }
        });
    }

    /** A skin for {@code list} that lays its lines out in a {@code WholeLinesFlow}. */
    static <T> ListViewSkin<T> skin(ListView<T> list) {
        return new ListViewSkin<>(list) {
            @Override
            protected VirtualFlow<ListCell<T>> createVirtualFlow() {
                return new WholeLinesFlow<>();
            }
        };
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double hidden = atTheEnd() ? cutTop() : 0;
        if (hidden <= 0.5) {
            setClip(null);
            return;
        }
        clip.setX(0);
        clip.setY(hidden);
        clip.setWidth(getWidth());
        clip.setHeight(Math.max(0, getHeight() - hidden));
        setClip(clip);
    }

    private boolean atTheEnd() {
        return getCellCount() > 0 && getPosition() >= 1 - 1e-9;
    }

    /** How much of the flow's top a line shows only part of: 0 when the top line is whole. */
    private double cutTop() {
        ListCell<T> first = getFirstVisibleCell();
        if (first == null || !first.isVisible()) {
            return 0;
        }
        Bounds cell = sceneToLocal(first.localToScene(first.getLayoutBounds()));
        // A line's top fifth is its padding and the room above the capitals: losing that loses no letter.
        boolean cut = cell.getMinY() < -cell.getHeight() * LETTERLESS_TOP && cell.getMaxY() > 0.5;
        // A line taller than the whole view (a very long wrapped line) keeps what shows of it.
        return cut && cell.getMaxY() < getHeight() / 2 ? cell.getMaxY() : 0;
    }
}
