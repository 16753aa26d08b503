package dev.golanes.ui;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a text is in a font, as a label draws it on one line: for the views that keep room for
 * a text not shown yet (the longest status, the pitfalls' names, the hold time's wordings). On the
 * JavaFX thread, as every view is.
 */
final class TextWidth {
    private static final Text PROBE = new Text();

    private TextWidth() {
    }

    static double of(Font font, String text) {
        PROBE.setFont(font);
        PROBE.setText(text == null ? "" : text);
        return PROBE.getLayoutBounds().getWidth();
    }
}
