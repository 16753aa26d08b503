package dev.golanes.ui;

import javafx.css.PseudoClass;

/** The CSS pseudo-classes the views set; the themes style them. */
final class Styles {
    /** A field whose value is refused. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** The pitfalls menu while a pitfall is the program shown. */
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** A console line Go wrote to standard error. */
    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** The race's "lost" row while nothing is lost: no alarm colour for "none". */
    static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
    /** The line of a pitfall's program that is wrong. */
    static final PseudoClass BUG = PseudoClass.getPseudoClass("bug");

    private Styles() {
    }
}
