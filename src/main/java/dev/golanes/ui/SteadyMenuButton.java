package dev.golanes.ui;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.MenuButton;

/**
 * A menu button as wide as the widest of the texts it can show, so that what follows it in the
 * toolbar stays put when its text changes (the pitfalls button shows the pitfall chosen). In a
 * {@link Toolbar} too narrow for its buttons it is only as wide as its text: the room is worth more
 * to the other buttons' names than to steadiness.
 */
public final class SteadyMenuButton extends MenuButton {
    private List<String> texts = List.of();

    public SteadyMenuButton() {
        fontProperty().addListener(obs -> requestLayout());
    }

    /** Every text the button may show. */
    void setTexts(List<String> all) {
        texts = List.copyOf(all);
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        double shown = super.computePrefWidth(height);
        for (Parent parent = getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Toolbar toolbar && toolbar.isCompact()) {
                return shown;
            }
        }
        double widest = widthOf(getText());
        for (String text : texts) {
            widest = Math.max(widest, widthOf(text));
        }
        return shown - widthOf(getText()) + widest;
    }

    private double widthOf(String text) {
        return Math.ceil(TextWidth.of(getFont(), text));
    }
}
