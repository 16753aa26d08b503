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
 * for the letter that closes the list), and Alt (or the Windows key) with a function key, the system's
 * (Alt+F4 closes the window, not only the list). Ctrl (Cmd on macOS) with a key, and Alt with any other
 * (AltGr types characters), close the list and do nothing else, as a key alone does.
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
                || code == KeyCode.SCROLL_LOCK || code.name().startsWith("DEAD_") || isTheSystems(event)) {
            return false;
        }
        shown.set(false);
        swallowTyped = true;
        event.consume();
        return true;
    }

    /**
     * Alt (or the Windows key) with a function key: the system's (Alt+F4). Not Alt with any key: AltGr
     * (Ctrl+Alt on Windows) and macOS's Option type characters, @ among them.
     */
    private static boolean isTheSystems(KeyEvent event) {
        boolean system = event.isAltDown() || event.isMetaDown() && !event.isShortcutDown();
        return system && event.getCode().isFunctionKey();
    }

    /**
     * A character typed: returns true, used up, when its key closed the list, or when it comes while
     * the list is shown with no press that closed it (it closes it then).
     */
    boolean typed(KeyEvent event) {
        if (!swallowTyped && !(shown.get() && !event.getCharacter().isEmpty()
                && !event.getCharacter().equals(KeyEvent.CHAR_UNDEFINED))) {
            return false;
        }
        swallowTyped = false;
        shown.set(false);
        event.consume();
        return true;
    }
}
