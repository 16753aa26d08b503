package dev.golanes.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys list covers its window, and a click on it closes it and reaches nothing behind it; a key does
 * the same. Keys went through to the window hidden behind the list: 1 changed the program, a clicker's
 * next stepped the run, a digit typed into a field, none of it seen until the list closed.
 *
 * <p>Left alone: the modifier and lock keys on their own (the Shift of ?), dead keys (the accent waits
 * for the letter that closes the list), and Alt (or the Windows key) with a key, the system's (Alt+F4
 * closes the window, not only the list). Ctrl (Cmd on macOS) with a key closes the list and does
 * nothing else, as a key alone does.
 */
final class KeysListCloser {
    private final BooleanProperty shown;
    /** Whether the key that closed the list may still type its character (? would open it again). */
    private boolean swallowTyped;

    private KeysListCloser(BooleanProperty shown) {
        this.shown = shown;
    }

    /**
     * Closes the list {@code shown} flags at the scene's keys. The scene's own key filters ask
     * {@link #pressed} and {@link #typed} first; the character of the key released is forgotten here.
     */
    static KeysListCloser install(Scene scene, BooleanProperty shown) {
        KeysListCloser closer = new KeysListCloser(shown);
        // A key that types nothing (F1, PgDn) leaves nothing to swallow: a character typed later, without
        // a press of its own (an on-screen keyboard's), must not be lost.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> closer.swallowTyped = false);
        return closer;
    }

    /** A key pressed: closes a list shown and returns true (the key is used up), or returns false. */
    boolean pressed(KeyEvent event) {
        swallowTyped = false;
        KeyCode code = event.getCode();
        if (!shown.get() || code.isModifierKey() || code == KeyCode.CAPS || code == KeyCode.NUM_LOCK
                || code == KeyCode.SCROLL_LOCK || code.name().startsWith("DEAD_") || event.isAltDown()
                || event.isMetaDown() && !event.isShortcutDown()) {
            return false;
        }
        shown.set(false);
        swallowTyped = true;
        event.consume();
        return true;
    }

    /** A character typed: returns true, used up, when its key closed the list. */
    boolean typed(KeyEvent event) {
        if (!swallowTyped) {
            return false;
        }
        swallowTyped = false;
        event.consume();
        return true;
    }
}
