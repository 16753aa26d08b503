package dev.golanes.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * The window's top bar. When its buttons would not all fit at their full width (a narrow window, a
 * longer language, a pitfall's name on the pitfalls button), it drops the brand, which the title bar
 * shows anyway, rather than cut a button's text short.
 */
public final class Toolbar extends HBox {
    /** The style class of the node that may go. */
    public static final String OPTIONAL = "brand";

    @Override
    protected void layoutChildren() {
        Node optional = null;
        double others = 0;
        int count = 0;
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains(OPTIONAL)) {
                optional = child;
            } else if (child.isManaged()) {
                others += child.prefWidth(-1);
                count++;
            }
        }
        if (optional != null) {
            Insets insets = getInsets();
            double needed = insets.getLeft() + insets.getRight() + others + getSpacing() * count
                    + optional.prefWidth(-1);
            boolean fits = needed <= getWidth();
            if (optional.isManaged() != fits) {
                optional.setManaged(fits);
                optional.setVisible(fits);
            }
        }
        super.layoutChildren();
    }
}
