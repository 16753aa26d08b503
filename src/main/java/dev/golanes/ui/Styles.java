package dev.golanes.ui;

import javafx.css.PseudoClass;

/** The CSS pseudo-classes the views set; the themes style them. */
final class Styles {
    /** A field whose value is refused. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Styles() {
    }
}
