package dev.golanes.ui;

import java.util.List;

/**
 * Every key the windows answer to, as the help overlay lists them. The main window's keys are handled
 * in {@link Keys}, the Compare window's in {@link CompareWindow}; tests check that each one listed
 * here does something there.
 */
final class Shortcuts {
    /**
     * One line of the overlay: its keys, each drawn as a key cap of its own (a combination such as
     * "Ctrl +" is one cap), and the message key of what they do.
     */
    record Shortcut(List<String> keys, String action) {
        Shortcut(String action, String... keys) {
            this(List.of(keys), action);
        }
    }

    /** Ctrl on Linux and Windows, Cmd on macOS, as JavaFX's shortcut modifier is. */
    static final String MOD = System.getProperty("os.name", "").startsWith("Mac") ? "⌘" : "Ctrl";

    static final List<Shortcut> ALL = List.of(
            new Shortcut("keys.modes", "1", "2", "3", "4"),
            new Shortcut("keys.pitfalls", "5", "6", "7"),
            new Shortcut("keys.run", "Enter"),
            new Shortcut("keys.play", "Space"),
            new Shortcut("keys.replay", "R"),
            new Shortcut("keys.step", "←", "→", "PgUp", "PgDn"),
            new Shortcut("keys.jump", "Home", "End"),
            new Shortcut("keys.speed", "+", "−"),
            new Shortcut("keys.zoom", MOD + " +", MOD + " −", MOD + " 0"),
            new Shortcut("keys.newSeed", "N"),
            new Shortcut("keys.compare", "C"),
            new Shortcut("keys.engine", "E"),
            new Shortcut("keys.scenario", MOD + " O", MOD + " S"),
            new Shortcut("keys.export", MOD + " E"),
            new Shortcut("keys.language", "L"),
            new Shortcut("keys.theme", "T"),
            new Shortcut("keys.present", "F5"),
            new Shortcut("keys.blank", "B", "."),
            new Shortcut("keys.help", "?", "F1"),
            new Shortcut("keys.escape", "Esc"));

    /** The Compare window's keys (its own list: its arrows go from one program's end to the next). */
    static final List<Shortcut> COMPARE = List.of(
            new Shortcut("keys.play", "Space"),
            new Shortcut("keys.replay", "R"),
            new Shortcut("keys.compare.ends", "←", "→", "PgUp", "PgDn"),
            new Shortcut("keys.jump", "Home", "End"),
            new Shortcut("keys.speed", "+", "−"),
            new Shortcut("keys.compare.export", MOD + " E"),
            new Shortcut("keys.language", "L"),
            new Shortcut("keys.theme", "T"),
            new Shortcut("keys.present", "F5"),
            new Shortcut("keys.blank", "B", "."),
            new Shortcut("keys.help", "?", "F1"),
            new Shortcut("keys.compare.close", "C"),
            new Shortcut("keys.compare.escape", "Esc"));

    private Shortcuts() {
    }
}
