package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.engine.EngineKind;
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
            Map.entry("−", KeyCode.MINUS), Map.entry("Esc", KeyCode.ESCAPE));

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

    @Test
    void everyListedKeyDoesSomething(FxRobot robot) {
        List<String> dead = new ArrayList<>();
        int checked = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            for (String cap : shortcut.keys()) {
                String[] tokens = cap.split(" ");
                boolean withModifier = tokens.length == 2 && tokens[0].equals(Shortcuts.MOD);
                assertTrue(tokens.length == 1 || withModifier, "one key, or the modifier and a key, in a cap: " + cap);
                String key = tokens[tokens.length - 1];
                checked++;
                if (!works(robot, key, withModifier)) {
                    dead.add((withModifier ? Shortcuts.MOD + " " : "") + key + " (" + shortcut.action() + ")");
                }
            }
        }
        assertEquals(List.of(), dead, "listed keys that do nothing");
        assertTrue(checked > 30, "read the keys of every line: " + checked);
    }

    @Test
    void eSwitchesBetweenTheSimulatorAndRealThreads(FxRobot robot) {
        robot.interact(() -> Keys.handle(pressed(KeyCode.E), session, scene));
        assertEquals(EngineKind.REAL, session.engineProperty().get());
        robot.interact(() -> Keys.handle(pressed(KeyCode.E), session, scene));
        assertEquals(EngineKind.SIM, session.engineProperty().get());
    }

    private boolean works(FxRobot robot, String key, boolean withModifier) {
        if (key.equals("?")) {
            boolean before = session.helpShownProperty().get();
            robot.interact(() -> scene.getRoot().fireEvent(
                    new KeyEvent(KeyEvent.KEY_TYPED, "?", "", KeyCode.UNDEFINED, false, false, false, false)));
            boolean toggled = session.helpShownProperty().get() != before;
            robot.interact(() -> session.helpShownProperty().set(false));
            return toggled;
        }
        KeyCode code = NAMED.containsKey(key) ? NAMED.get(key) : KeyCode.getKeyCode(key.equals("0") ? "0" : key);
        if (code == null) {
            return false;
        }
        if (withModifier) {
            if (code == KeyCode.O || code == KeyCode.S || code == KeyCode.E) {
                // They open file dialogs, which cannot be driven headless: they must be the menu's accelerators.
                return menuAccelerators().contains(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
            }
            boolean[] handled = new boolean[1];
            robot.interact(() -> handled[0] = Keys.shortcut(code, session, scene));
            return handled[0];
        }
        boolean[] handled = new boolean[1];
        robot.interact(() -> {
            handled[0] = Keys.handle(pressed(code), session, scene);
            // Undo what would get in the way of the next key.
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(w -> ((Stage) w).close());
            session.helpShownProperty().set(false);
            session.blankedProperty().set(false);
            session.presentingProperty().set(false);
        });
        return handled[0];
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

    @Test
    void aKeyNotListedDoesNothing(FxRobot robot) {
        boolean[] handled = new boolean[1];
        robot.interact(() -> handled[0] = Keys.handle(pressed(KeyCode.Q), session, scene));
        assertFalse(handled[0]);
    }
}
