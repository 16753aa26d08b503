package dev.golanes.ui;

import dev.golanes.playback.RealRunModel;
import javafx.animation.AnimationTimer;

/** Shows a real run as it happens: one look at it per frame while it runs, none otherwise. */
final class LiveClock extends AnimationTimer {
    private final RealRunModel real;

    LiveClock(RealRunModel real) {
        this.real = real;
    }

    void attach() {
        real.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                start();
            } else {
                stop();
            }
        });
        if (real.isRunning()) {
            start();
        }
    }

    @Override
    public void handle(long now) {
        real.tick();
    }
}
