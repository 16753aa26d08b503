package dev.golanes.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * The window's top bar. When its buttons would not all fit at their full width (a narrow window such
 * as a 1024-wide projector, a longer language, a pitfall's name on the pitfalls button), it first
 * drops the brand, which the title bar shows anyway; if that is not enough, it turns {@code :compact},
 * which the style sheet answers with narrower padding, rather than cut a button's text short. Both are
 * decided with room for the buttons that come and go, so that switching to real threads (and its Stop)
 * moves nothing.
 */
public final class Toolbar extends HBox {
    /** The style class of the node that may go. */
    public static final String OPTIONAL = "brand";
    /**
     * The style class of a button that comes and goes with what is on screen (Stop, with real threads):
     * its room is counted when the bar decides on the brand and the padding, so that neither changes,
     * and the buttons do not jump sideways, when it comes.
     */
    public static final String COMES_AND_GOES = "comes-and-goes";
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private boolean compact;
    /** What the buttons need at their full padding, measured when last shown that way. */
    private double fullWidth;

    @Override
    protected void layoutChildren() {
        Node optional = null;
        double others = 0;
        int count = 0;
        for (Node child : getChildren()) {
            if (child.getStyleClass().contains(OPTIONAL)) {
                optional = child;
            } else if (child.isManaged() || child.getStyleClass().contains(COMES_AND_GOES)) {
                others += child.prefWidth(-1);
                count++;
            }
        }
        Insets insets = getInsets();
        double buttons = insets.getLeft() + insets.getRight() + others + getSpacing() * Math.max(0, count - 1);
        // Compact padding is decided on the full padding's needs, so that the two never take turns.
        if (!compact) {
            fullWidth = buttons;
            if (buttons > getWidth()) {
                setCompact(true);
            }
        } else if (getWidth() >= fullWidth) {
            setCompact(false);
        }
        if (optional != null) {
            boolean fits = !compact && buttons + getSpacing() + optional.prefWidth(-1) <= getWidth();
            if (optional.isManaged() != fits) {
                optional.setManaged(fits);
                optional.setVisible(fits);
            }
        }
        super.layoutChildren();
    }

    /** Whether the buttons are at their narrow padding, the window being too narrow for them. */
    boolean isCompact() {
        return compact;
    }

    private void setCompact(boolean on) {
        compact = on;
        pseudoClassStateChanged(COMPACT, on);
    }
}
