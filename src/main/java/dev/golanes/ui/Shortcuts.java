package dev.golanes.ui;

import java.util.List;

/**
 * Every key the window answers to, as the help overlay lists them. The keys themselves are handled
 * in {@link Keys}; a test checks that each one listed here does something there.
 */
final class Shortcuts {
    /** One line of the overlay: the keys as printed, and the message key of what they do. */
    record Shortcut(String keys, String action) {
    }

    /** Ctrl on Linux and Windows, Cmd on macOS, as JavaFX's shortcut modifier is. */
    static final String MOD = System.getProperty("os.name", "").startsWith("Mac") ? "⌘" : "Ctrl";

    static final List<Shortcut> ALL = List.of(
            new Shortcut("1  2  3  4", "keys.modes"),
            new Shortcut("5  6  7", "keys.pitfalls"),
            new Shortcut("Enter", "keys.run"),
            new Shortcut("Space", "keys.play"),
            new Shortcut("R", "keys.replay"),
            new Shortcut("←  →   PgUp  PgDn", "keys.step"),
            new Shortcut("Home  End", "keys.jump"),
            new Shortcut("+  −", "keys.speed"),
            new Shortcut(MOD + " +   " + MOD + " −   " + MOD + " 0", "keys.zoom"),
            new Shortcut("N", "keys.newSeed"),
            new Shortcut("C", "keys.compare"),
            new Shortcut("E", "keys.engine"),
            new Shortcut(MOD + " O   " + MOD + " S", "keys.scenario"),
            new Shortcut(MOD + " E", "keys.export"),
            new Shortcut("L", "keys.language"),
            new Shortcut("T", "keys.theme"),
            new Shortcut("F5", "keys.present"),
            new Shortcut("B", "keys.blank"),
            new Shortcut("?   F1", "keys.help"),
            new Shortcut("Esc", "keys.escape"));

    private Shortcuts() {
    }
}
