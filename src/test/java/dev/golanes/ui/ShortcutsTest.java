package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.EngineKind;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every key the overlay lists does something in the window: the list and the keys cannot drift apart. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {
    private static final Map<String, KeyCode> NAMED = Map.ofEntries(
            Map.entry("Enter", KeyCode.ENTER), Map.entry("Space", KeyCode.SPACE), Map.entry("←", KeyCode.LEFT),
            Map.entry("→", KeyCode.RIGHT), Map.entry("PgUp", KeyCode.PAGE_UP), Map.entry("PgDn", KeyCode.PAGE_DOWN),
            Map.entry("Home", KeyCode.HOME), Map.entry("End", KeyCode.END), Map.entry("+", KeyCode.PLUS),
            Map.entry("−", KeyCode.MINUS), Map.entry("Esc", KeyCode.ESCAPE), Map.entry(".", KeyCode.PERIOD));

    private Stage stage;
    private Session session;
    private Scene scene;

    @Start
    void start(Stage window) {
        stage = window;
        session = new Session(Scenario.defaults(Mode.MUTEX, 42), Locale.ENGLISH);
        scene = new Scene(Views.load(session), 1280, 720);
        Themes.apply(scene);
        Keys.install(scene, session);
        window.setScene(scene);
        window.show();
    }

    /**
     * Every key the overlay lists changes what the overlay says it does, as the window shows it: N the
     * seed, T the theme, → the playhead, and so on. This used to check only that {@code Keys.handle}
     * answered true, so a key whose action did nothing (N keeping the seed, T the theme) passed.
     */
    @Test
    void everyListedKeyChangesWhatItIsListedFor(FxRobot robot) {
        List<String> dead = new ArrayList<>();
        int checked = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            for (String cap : shortcut.keys()) {
                String[] tokens = cap.split(" ");
                boolean withModifier = tokens.length == 2 && tokens[0].equals(Shortcuts.MOD);
                assertTrue(tokens.length == 1 || withModifier, "one key, or the modifier and a key, in a cap: " + cap);
                String key = tokens[tokens.length - 1];
                checked++;
                String unchanged = withModifier ? shortcutLeftUnchanged(robot, key) : leftUnchanged(robot, key);
                if (unchanged != null) {
                    dead.add(cap + " (" + shortcut.action() + ") " + unchanged);
                }
            }
        }
        assertEquals(List.of(), dead, "listed keys that do not do what the list says");
        assertTrue(checked > 30, "read the keys of every line: " + checked);
    }

    @Test
    void eSwitchesBetweenTheSimulatorAndRealThreads(FxRobot robot) {
        robot.interact(() -> Keys.handle(pressed(KeyCode.E), session, scene));
        assertEquals(EngineKind.REAL, session.engineProperty().get());
        robot.interact(() -> Keys.handle(pressed(KeyCode.E), session, scene));
        assertEquals(EngineKind.SIM, session.engineProperty().get());
    }

    /**
     * Presses a plain key where it has something to change (paused mid-run at 1x, zoomed in, a lane
     * selected, on the simulator, in another program than the key's); returns what it left as it was,
     * or null when it changed what it is listed for.
     */
    private String leftUnchanged(FxRobot robot, String key) {
        Object[] seen = new Object[2];
        robot.interact(() -> {
            session.selectEngine(EngineKind.SIM);
            session.selectMode(key.equals("3") ? Mode.CONCURRENT : Mode.MUTEX);
            PlaybackModel playback = session.playback();
            playback.pause();
            playback.speedProperty().set(1);
            playback.seek(session.trace().endMicros() / 2);
            session.selectLane(0);
            session.viewport().zoomIn(playback.time());
            seen[0] = changedBy(key);
            if (key.equals("?")) {
                scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, false, false, false, false));
            } else {
                KeyCode code = NAMED.containsKey(key) ? NAMED.get(key) : KeyCode.getKeyCode(key);
                if (code != null) {
                    Keys.handle(pressed(code), session, scene);
                }
            }
            seen[1] = changedBy(key);
            // Undo what would get in the way of the next key.
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(w -> ((Stage) w).close());
            session.helpShownProperty().set(false);
            session.blankedProperty().set(false);
            session.presentingProperty().set(false);
        });
        return seen[0].equals(seen[1]) ? "left unchanged: " + seen[0] : null;
    }

    /** As {@link #leftUnchanged} for the modifier with a key: the timeline's zoom, or the menu's accelerators. */
    private String shortcutLeftUnchanged(FxRobot robot, String key) {
        KeyCode code = NAMED.containsKey(key) ? NAMED.get(key) : KeyCode.getKeyCode(key);
        if (code == KeyCode.O || code == KeyCode.S || code == KeyCode.E) {
            // They open file dialogs, which cannot be driven headless: they must be the menu's accelerators.
            return menuAccelerators().contains(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN))
                    ? null : "is no accelerator of the menu";
        }
        Object[] seen = new Object[2];
        robot.interact(() -> {
            session.viewport().showAll();
            session.viewport().zoomIn(session.trace().endMicros() / 2);
            seen[0] = session.viewport().window();
            if (code != null) {
                Keys.shortcut(code, session, scene);
            }
            seen[1] = session.viewport().window();
        });
        return seen[0].equals(seen[1]) ? "left unchanged: the timeline at " + seen[0] : null;
    }

    /** What the window shows that a plain key, as the overlay spells it, is listed to change. */
    private Object changedBy(String key) {
        PlaybackModel playback = session.playback();
        return switch (key) {
            case "1", "2", "3", "4", "5", "6", "7" -> "program " + session.form().modeProperty().get();
            case "Enter", "Space" -> "playing " + playback.isPlaying();
            case "R", "←", "→", "PgUp", "PgDn", "Home", "End" -> "time " + playback.time() + " µs";
            case "+", "−" -> "speed " + playback.speedProperty().get();
            case "N" -> "seed " + session.form().seedProperty().get();
            case "C" -> "windows " + Window.getWindows().stream().filter(Window::isShowing).count();
            case "E" -> "engine " + session.engineProperty().get();
            case "L" -> "language " + session.texts().locale();
            case "T" -> "theme " + session.themeProperty().get();
            case "F5" -> "presenting " + session.presentingProperty().get();
            case "B", "." -> "blanked " + session.blankedProperty().get();
            case "?", "F1" -> "help shown " + session.helpShownProperty().get();
            case "Esc" -> "selected lane " + session.selectedLaneProperty().get();
            default -> throw new AssertionError("the list has a key " + key + " this test does not know: say what it changes");
        };
    }

    /**
     * The menu's "Presentation mode" turns it off as well as on: with a mouse alone (or a clicker) the
     * class was kept in presentation mode, the item set it on whatever its state.
     */
    @Test
    void theMenuLeavesPresentationModeToo(FxRobot robot) {
        for (boolean expected : new boolean[] {true, false, true, false}) {
            robot.clickOn("#menu");
            robot.clickOn("Presentation mode");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(expected, session.presentingProperty().get());
            CheckMenuItem item = (CheckMenuItem) ((MenuButton) scene.lookup("#menu")).getItems().stream()
                    .filter(each -> "menu-present".equals(each.getId())).findFirst().orElseThrow();
            assertEquals(expected, item.isSelected(), "the item's tick");
        }
        // F5 (or Esc) and the tick agree.
        robot.interact(() -> session.presentingProperty().set(true));
        assertTrue(((CheckMenuItem) ((MenuButton) scene.lookup("#menu")).getItems().stream()
                .filter(each -> "menu-present".equals(each.getId())).findFirst().orElseThrow()).isSelected());
        robot.interact(() -> session.presentingProperty().set(false));
    }

    /**
     * Hovering a program's button says what the program does (it said only "Key 1"), and the pitfalls'
     * button names its three programs, whose short names ("No Lock") a student could not read.
     */
    @Test
    void theProgramsButtonsSayWhatTheyShow() {
        assertEquals("main calls dbCall for each id in turn: every call waits until the one before it has finished. "
                + "Total = the sum of the sleeps. (key 1)",
                ((ToggleButton) scene.lookup("#mode-sequential")).getTooltip().getText());
        assertTrue(((ToggleButton) scene.lookup("#mode-race")).getTooltip().getText().endsWith("(key 4)"));
        assertEquals("Three common mistakes, each a program of its own:\n5   wg.Add(1) inside the goroutine\n"
                + "6   A missing wg.Done()\n7   m.Unlock() without m.Lock()",
                ((MenuButton) scene.lookup("#mode-pitfalls")).getTooltip().getText());
    }

    private List<KeyCombination> menuAccelerators() {
        List<KeyCombination> accelerators = new ArrayList<>();
        for (MenuItem item : ((MenuButton) scene.lookup("#menu")).getItems()) {
            if (item.getAccelerator() != null) {
                accelerators.add(item.getAccelerator());
            }
        }
        return accelerators;
    }

    private static KeyEvent pressed(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    /**
     * Blanked, a clicker's next (or Space) brings the screen back and moves nothing: it used to step
     * the run behind the black screen, and the class missed what it stepped past.
     */
    @Test
    void blankedAClickersNextBringsTheScreenBackAndMovesNothing(FxRobot robot) {
        for (KeyCode key : List.of(KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.SPACE, KeyCode.END)) {
            robot.interact(() -> {
                session.playback().seek(0);
                session.blankedProperty().set(true);
                // Through the window's key filter, as the keyboard sends it.
                scene.getRoot().fireEvent(pressed(key));
            });
            assertFalse(session.blankedProperty().get(), key + " brought the screen back");
            assertEquals(0, session.playback().time(), key + " moved the run");
            assertFalse(session.playback().isPlaying(), key + " played the run");
        }
        robot.interact(() -> Keys.handle(pressed(KeyCode.PAGE_DOWN), session, scene));
        assertTrue(session.playback().time() > 0, "not blanked, PgDn steps");
        // Space in a number field plays, and Enter there runs: blanked, they bring the screen back instead.
        javafx.scene.Node calls = scene.lookup("#calls");
        for (KeyCode key : List.of(KeyCode.SPACE, KeyCode.ENTER)) {
            robot.interact(() -> {
                session.playback().seek(0);
                session.blankedProperty().set(true);
                calls.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
            });
            assertFalse(session.blankedProperty().get(), key + " in a field brought the screen back");
            assertFalse(session.playback().isPlaying(), key + " in a field played the run");
        }
    }

    /**
     * After Enter ran the program from a field, the focus stays there for the next value; a clicker's
     * PgDn and PgUp then did nothing. They leave the field and step, as they do outside it.
     */
    @Test
    void aClickersKeysInAFieldLeaveItAndStep(FxRobot robot) {
        javafx.scene.Node calls = scene.lookup("#calls");
        robot.interact(() -> {
            session.playback().seek(0);
            calls.requestFocus();
        });
        assertSame(calls, scene.getFocusOwner());
        robot.interact(() -> calls.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN, false, false, false, false)));
        long stepped = session.playback().time();
        assertTrue(stepped > 0, "PgDn in a field steps");
        assertNotSame(calls, scene.getFocusOwner(), "and leaves the field");
        robot.interact(() -> {
            calls.requestFocus();
            calls.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_UP, false, false, false, false));
        });
        assertTrue(session.playback().time() < stepped, "PgUp in a field steps back");
    }

    /**
     * The keys list covers the window: a key closes it, as a click does, and does nothing behind it. Keys
     * went through: 1 changed the program, a clicker's next stepped the run, a digit typed into the field
     * that had the focus, all unseen until the list closed. Shift alone (for ?) leaves it open, and the ?
     * that closes it does not open it again.
     */
    @Test
    void aKeyClosesTheKeysListAndDoesNothingBehindIt(FxRobot robot) {
        javafx.scene.control.TextField calls = (javafx.scene.control.TextField) scene.lookup("#calls");
        robot.interact(() -> {
            session.selectMode(Mode.MUTEX);
            session.playback().pause();
            session.playback().seek(0);
            session.viewport().showAll();
        });
        String window = session.viewport().window().toString();
        List<String> went = new ArrayList<>();
        for (String key : List.of("1", "PgDn", "Space", "End", "Ctrl +", "7 in Calls", "? (Shift, /, ?)")) {
            robot.interact(() -> {
                session.helpShownProperty().set(true);
                switch (key) {
                    case "1" -> scene.getRoot().fireEvent(pressed(KeyCode.DIGIT1));
                    case "PgDn" -> scene.getRoot().fireEvent(pressed(KeyCode.PAGE_DOWN));
                    case "Space" -> scene.getRoot().fireEvent(pressed(KeyCode.SPACE));
                    case "End" -> scene.getRoot().fireEvent(pressed(KeyCode.END));
                    case "Ctrl +" -> scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PLUS,
                            false, true, false, false));
                    case "7 in Calls" -> {
                        calls.requestFocus();
                        calls.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DIGIT7, false, false, false, false));
                        calls.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "7", "", KeyCode.UNDEFINED, false, false, false, false));
                    }
                    default -> {
                        scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SHIFT, true, false, false, false));
                        if (!session.helpShownProperty().get()) {
                            went.add("Shift alone closed the list");
                        }
                        scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SLASH, true, false, false, false));
                        scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, true, false, false, false));
                    }
                }
            });
            if (session.helpShownProperty().get()) {
                went.add(key + " left the list open");
            }
            String now = "program " + session.form().modeProperty().get() + ", time " + session.playback().time()
                    + ", playing " + session.playback().isPlaying() + ", calls " + calls.getText()
                    + ", time axis " + session.viewport().window();
            String before = "program MUTEX, time 0, playing false, calls 5, time axis " + window;
            if (!now.equals(before)) {
                went.add(key + " went behind the list: " + now);
            }
            robot.interact(() -> scene.getRoot().requestFocus());
        }
        assertEquals(List.of(), went);
        // A key that types nothing closed it: a character typed after its release, with no press of its
        // own (an on-screen keyboard's), reaches the field.
        robot.interact(() -> {
            session.helpShownProperty().set(true);
            calls.requestFocus();
            calls.end();
            calls.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F1, false, false, false, false));
            calls.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.F1, false, false, false, false));
            calls.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "0", "", KeyCode.UNDEFINED, false, false, false, false));
        });
        assertEquals("50", calls.getText(), "typed after the list closed");
        // Alt with a key is the system's (Alt+F4 closes the window): left alone.
        robot.interact(() -> {
            calls.setText("5");
            scene.getRoot().requestFocus();
            session.helpShownProperty().set(true);
            scene.getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F4, false, false, true, false));
        });
        assertTrue(session.helpShownProperty().get(), "Alt+F4 is not the list's");
        // AltGr (Ctrl+Alt on Windows) types a character: @ did not reach the field behind the list.
        robot.interact(() -> {
            calls.requestFocus();
            calls.end();
            calls.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Q, false, true, true, false));
            calls.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, "@", "", KeyCode.UNDEFINED, false, true, true, false));
        });
        assertFalse(session.helpShownProperty().get(), "AltGr+Q closed the list");
        assertEquals("5", calls.getText(), "and typed nothing behind it");
        robot.interact(() -> {
            scene.getRoot().requestFocus();
            session.helpShownProperty().set(false);
        });
        robot.interact(() -> scene.getRoot().fireEvent(pressed(KeyCode.PAGE_DOWN)));
        assertTrue(session.playback().time() > 0, "with the list closed, PgDn steps");
    }

    /** With more calls than fit, Up and Down scroll the lanes a call at a time; with all in view they do nothing. */
    @Test
    void upAndDownScrollTheLanesWhenTheyDoNotAllFit(FxRobot robot) {
        boolean[] handled = new boolean[1];
        robot.interact(() -> handled[0] = Keys.handle(pressed(KeyCode.DOWN), session, scene));
        assertFalse(handled[0], "five calls fit: Down is left alone");
        robot.interact(() -> {
            session.form().callsProperty().set("60");
            session.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scene.getRoot().layout());
        int first = session.viewport().firstCallProperty().get();
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> scene.getRoot().fireEvent(pressed(KeyCode.DOWN)));
            robot.interact(() -> scene.getRoot().layout());
        }
        assertEquals(first + 3, session.viewport().firstCallProperty().get(), "Down three times");
        robot.interact(() -> scene.getRoot().fireEvent(pressed(KeyCode.UP)));
        assertEquals(first + 2, session.viewport().firstCallProperty().get(), "Up once");
        for (int i = 0; i < 80; i++) {
            robot.interact(() -> scene.getRoot().fireEvent(pressed(KeyCode.DOWN)));
        }
        robot.interact(() -> scene.getRoot().layout());
        int last = session.viewport().firstCallProperty().get();
        assertTrue(last < 60, "Down stops at the last lane: " + last);
        robot.interact(() -> scene.getRoot().fireEvent(pressed(KeyCode.UP)));
        assertEquals(last - 1, session.viewport().firstCallProperty().get(), "one Up after many Downs moves at once");
        // Not behind the blank screen or the keys list, nor for the delays' drop-down, whose Down it is.
        for (String behind : List.of("blanked", "keys list", "drop-down")) {
            int before = session.viewport().firstCallProperty().get();
            robot.interact(() -> {
                switch (behind) {
                    case "blanked" -> session.blankedProperty().set(true);
                    case "keys list" -> session.helpShownProperty().set(true);
                    default -> { }
                }
                javafx.scene.Node target = behind.equals("drop-down") ? scene.lookup("#delay-kind") : scene.getRoot();
                Object kind = ((javafx.scene.control.ComboBox<?>) scene.lookup("#delay-kind")).getValue();
                target.fireEvent(pressed(KeyCode.UP));
                session.blankedProperty().set(false);
                session.helpShownProperty().set(false);
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Object> box = (javafx.scene.control.ComboBox<Object>) scene.lookup("#delay-kind");
                box.setValue(kind);
            });
            assertEquals(before, session.viewport().firstCallProperty().get(), "Up " + behind);
        }
        robot.interact(() -> {
            session.form().callsProperty().set("5");
            session.run();
        });
    }

    @Test
    void aKeyNotListedDoesNothing(FxRobot robot) {
        boolean[] handled = new boolean[1];
        robot.interact(() -> handled[0] = Keys.handle(pressed(KeyCode.Q), session, scene));
        assertFalse(handled[0]);
    }
}
