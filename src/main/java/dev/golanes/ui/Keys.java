package dev.golanes.ui;

import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys: 1 2 3 choose the program, Enter runs, Space plays and pauses, R replays,
 * + and - change the speed, Left and Right step between events, Home and End jump, Escape stops
 * a real run. Typing in a field is left alone, except Enter (run) and Escape (leave the field).
 */
final class Keys {
    private Keys() {
    }

    static void install(Scene scene, Session session) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            boolean typing = event.getTarget() instanceof TextInputControl;
            if (typing) {
                if (event.getCode() == KeyCode.ESCAPE) {
                    scene.getRoot().requestFocus();
                    event.consume();
                }
                return;
            }
            if (handle(event.getCode(), session)) {
                event.consume();
            }
        });
    }

    /** Carries out the action of a key; returns whether the key has one. */
    static boolean handle(KeyCode code, Session session) {
        PlaybackModel playback = session.playback();
        switch (code) {
            case DIGIT1, NUMPAD1 -> session.selectMode(Mode.SEQUENTIAL);
            case DIGIT2, NUMPAD2 -> session.selectMode(Mode.CONCURRENT);
            case DIGIT3, NUMPAD3 -> session.selectMode(Mode.MUTEX);
            case ENTER -> session.run();
            case SPACE -> playback.togglePlay();
            case R -> session.replay();
            case PLUS, ADD, EQUALS -> playback.faster();
            case MINUS, SUBTRACT -> playback.slower();
            case RIGHT -> playback.stepForward();
            case LEFT -> playback.stepBackward();
            case HOME -> playback.seek(0);
            case END -> playback.seek(Long.MAX_VALUE);
            case ESCAPE -> session.stop();
            default -> {
                return false;
            }
        }
        return true;
    }
}
