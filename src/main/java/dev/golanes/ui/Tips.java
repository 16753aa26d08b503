package dev.golanes.ui;

import javafx.scene.control.Tooltip;

/** Tooltips of a sentence or two. */
final class Tips {
    private Tips() {
    }

    /** A tooltip of a sentence or two, wrapped to a readable width. */
    static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        return tip;
    }
}
