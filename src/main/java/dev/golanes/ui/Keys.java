package dev.golanes.ui;

import dev.golanes.engine.EngineKind;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.Session;
import dev.golanes.playback.TimelineViewport;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Mode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * The window's keys, as {@link Shortcuts} lists them. Typing in a field is left alone, except Enter
 * (run), Escape (leave the field, dropping a wrong value), PgDn and PgUp (a clicker's: leave the field
 * and step) and, in a field of one number, Space (play or pause: a number has no spaces). While the keys
 * list is shown, a key only closes it ({@link KeysListCloser}). Ctrl is Cmd on macOS (JavaFX's shortcut
 * modifier).
 */
final class Keys {
    /** The style class of a field that holds one number, where Space plays and pauses. */
    static final String NUMBER_FIELD = "number-field";

    private Keys() {
    }

    /** Whether a click on {@code target} is in a field (its text, its caret, its scroll bar). */
    private static boolean inAField(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** The letters that work the lesson (see {@link #handle}); none is typed into a number. */
    private static final Set<KeyCode> LESSON_LETTERS = EnumSet.of(KeyCode.R, KeyCode.N, KeyCode.C, KeyCode.E,
            KeyCode.L, KeyCode.T, KeyCode.B);

    static void install(Scene scene, Session session) {
        KeysListCloser keysList = KeysListCloser.install(scene, session.helpShownProperty());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (toTheComparison(event, scene, session) || keysList.pressed(event)) {
                return;
            }
            if (session.blankedProperty().get() && !event.isShortcutDown() && movesTheRun(event.getCode())) {
                // Blanked, a clicker's next (or Space, or Enter in a field) brings the screen back and
                // moves nothing: the class sees the run from where it was blanked, not steps taken behind it.
                session.blankedProperty().set(false);
                event.consume();
                return;
            }
            boolean typing = event.getTarget() instanceof TextInputControl;
            if (typing) {
                if (event.getCode() == KeyCode.ESCAPE) {
                    session.dropWrongValues();
                    scene.getRoot().requestFocus();
                    event.consume();
                } else if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()
                        && ((Node) event.getTarget()).getStyleClass().contains(NUMBER_FIELD)) {
                    orStartARealRun(session, session.playback()::togglePlay);
                    event.consume();
                } else if ((event.getCode() == KeyCode.PAGE_DOWN || event.getCode() == KeyCode.PAGE_UP)
                        && !event.isShortcutDown()) {
                    // A clicker's next or back, which a one-line field has no use for: after Enter ran the
                    // program from a field, the clicker did nothing. It leaves the field, as a click does.
                    scene.getRoot().requestFocus();
                    handle(event, session, scene);
                    event.consume();
                } else if (LESSON_LETTERS.contains(event.getCode()) && !event.isShortcutDown() && !event.isAltDown()
                        && !event.isMetaDown() && ((Node) event.getTarget()).getStyleClass().contains(NUMBER_FIELD)
                        && session.showsTheSettings()) {
                    // After Enter ran the program from a field of one number, the next letter has nothing to
                    // type there: C and R typed "7cr" into the seed, in red, instead of comparing and replaying.
                    // While the field holds what is on screen, a letter key of the lesson leaves it and acts.
                    scene.getRoot().requestFocus();
                    handle(event, session, scene);
                    event.consume();
                }
                return;
            }
            boolean handled = event.isShortcutDown() ? shortcut(event.getCode(), session, scene)
                    : !event.isAltDown() && !event.isMetaDown() && handle(event, session, scene);
            if (handled) {
                event.consume();
            }
        });
        // A comparison over the screen sees its keys' releases too: its keys list's closer forgets with them.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> toTheComparison(event, scene, session));
        // The window's buttons, the timeline and the scrubber take no focus, so that Space and the arrows
        // stay the run's. A click anywhere but in a field leaves a field being typed in, as it would in a
        // window whose controls take focus: the keys then work the run (after a click on Run, 2 went on
        // typing into Calls, 50 becoming 502, instead of choosing Concurrent). Enter in a field runs and
        // keeps the field, to change the value and run again (the lesson's letters leave it, above).
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (scene.getFocusOwner() instanceof TextInputControl && !inAField(event.getTarget())) {
                scene.getRoot().requestFocus();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (toTheComparison(event, scene, session) || keysList.typed(event)) {
                return;
            }
            if (event.getTarget() instanceof TextInputControl field && " ".equals(event.getCharacter())
                    && field.getStyleClass().contains(NUMBER_FIELD)) {
                // Space played or paused above: it types nothing into a number.
                event.consume();
                return;
            }
            if (!(event.getTarget() instanceof TextInputControl) && "?".equals(event.getCharacter())) {
                toggle(session.helpShownProperty());
                event.consume();
            }
        });
    }

    /**
     * Presenting, an open comparison covers the screen: the keys (? too) are for it, even when the
     * system left the focus with this window (a frameless window is not always given it). Returns
     * whether the key was handed to it.
     */
    private static boolean toTheComparison(KeyEvent event, Scene scene, Session session) {
        Optional<Stage> comparison = session.presentingProperty().get() && scene.getWindow() != null
                ? CompareWindow.openOver(scene.getWindow()) : Optional.empty();
        if (comparison.isEmpty()) {
            return false;
        }
        Node root = comparison.get().getScene().getRoot();
        Event.fireEvent(root, event.copyFor(root, root));
        event.consume();
        return true;
    }

    /** Carries out the action of a plain key; returns whether the key has one. */
    static boolean handle(KeyEvent event, Session session, Scene scene) {
        PlaybackModel playback = session.playback();
        switch (event.getCode()) {
            case DIGIT1, NUMPAD1 -> session.selectMode(Mode.SEQUENTIAL);
            case DIGIT2, NUMPAD2 -> session.selectMode(Mode.CONCURRENT);
            case DIGIT3, NUMPAD3 -> session.selectMode(Mode.MUTEX);
            case DIGIT4, NUMPAD4 -> session.selectMode(Mode.RACE);
            case DIGIT5, NUMPAD5 -> session.selectMode(Mode.ADD_INSIDE);
            case DIGIT6, NUMPAD6 -> session.selectMode(Mode.MISSING_DONE);
            case DIGIT7, NUMPAD7 -> session.selectMode(Mode.DOUBLE_UNLOCK);
            case ENTER -> session.run();
            case SPACE -> orStartARealRun(session, playback::togglePlay);
            case R -> session.replay();
            case PLUS, ADD, EQUALS -> playback.faster();
            case MINUS, SUBTRACT -> playback.slower();
            // A clicker's next at the end of a real run runs it again; → there, held down on a keyboard, would
            // throw away a run that cannot be had again.
            case PAGE_DOWN -> {
                if (session.atTheEndOfARealRun()) {
                    session.runAgain();
                } else {
                    orStartARealRun(session, playback::stepForward);
                }
            }
            case RIGHT -> orStartARealRun(session, playback::stepForward);
            case LEFT, PAGE_UP -> playback.stepBackward();
            case UP, DOWN -> {
                // The lanes, when they scroll; otherwise the key is left to the control it was for.
                // Not behind the blank screen: it comes back to the lanes as they were.
                Node timeline = scene.lookup("#timeline");
                if (event.getTarget() instanceof ComboBoxBase<?> || session.blankedProperty().get()
                        || !(timeline instanceof TimelineView lanes)
                        || !lanes.scrollLanes(event.getCode() == KeyCode.DOWN ? 1 : -1)) {
                    return false;
                }
            }
            case HOME -> playback.seek(0);
            case END -> playback.seek(Long.MAX_VALUE);
            case N -> session.newSeed();
            case C -> CompareWindow.open(scene.getWindow(), session);
            case E -> session.selectEngine(session.engineProperty().get() == EngineKind.REAL ? EngineKind.SIM
                    : EngineKind.REAL);
            case L -> nextLanguage(session);
            case T -> nextTheme(session);
            case F5 -> toggle(session.presentingProperty());
            // B, or a clicker's blank button, which sends "." (as a slide show takes it).
            case B, PERIOD -> toggle(session.blankedProperty());
            case F1 -> toggle(session.helpShownProperty());
            case ESCAPE -> escape(session);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Space, and a clicker's next (PgDn or →), do {@code otherwise}; before real threads' first run, with
     * nothing to play or step, they start it, as Run does: a clicker has no Enter.
     */
    private static void orStartARealRun(Session session, Runnable otherwise) {
        if (session.waitsForARealRun()) {
            session.run();
        } else {
            otherwise.run();
        }
    }

    /** The keys that play, step or jump (a presentation clicker's among them), or run. */
    static boolean movesTheRun(KeyCode code) {
        return switch (code) {
            case SPACE, ENTER, R, RIGHT, LEFT, PAGE_DOWN, PAGE_UP, HOME, END -> true;
            default -> false;
        };
    }

    /** Ctrl (Cmd on macOS) with a key: zoom, and the scenario files. */
    static boolean shortcut(KeyCode code, Session session, Scene scene) {
        TimelineViewport viewport = session.viewport();
        long pivot = session.playback().time();
        switch (code) {
            case PLUS, ADD, EQUALS -> viewport.zoomIn(pivot);
            case MINUS, SUBTRACT -> viewport.zoomOut(pivot);
            case DIGIT0, NUMPAD0 -> viewport.showAll();
            case O -> ScenarioDialogs.open(scene.getWindow(), session);
            case S -> ScenarioDialogs.save(scene.getWindow(), session);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Esc undoes the most recent layer: the blank screen, presentation mode, a real run still going (it
     * stops), a selected lane. (The keys list, above them all, any key closes: {@link KeysListCloser}.)
     */
    private static void escape(Session session) {
        if (session.blankedProperty().get()) {
            session.blankedProperty().set(false);
        } else if (session.real().isRunning()) {
            // Before presentation mode: presenting, Esc left the full screen and the run went on, its Stop
            // (Esc) unheeded; the next Esc leaves.
            session.stop();
        } else if (session.presentingProperty().get()) {
            session.presentingProperty().set(false);
        } else {
            session.selectLane(-1);
        }
    }

    static void nextLanguage(Session session) {
        List<Locale> languages = Texts.LANGUAGES;
        int now = languages.indexOf(session.texts().locale());
        session.setLanguage(languages.get((now + 1) % languages.size()));
    }

    static void nextTheme(Session session) {
        Theme[] themes = Theme.values();
        session.themeProperty().set(themes[(session.themeProperty().get().ordinal() + 1) % themes.length]);
    }

    private static void toggle(BooleanProperty flag) {
        flag.set(!flag.get());
    }
}
