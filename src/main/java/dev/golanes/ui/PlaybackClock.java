package dev.golanes.ui;

import dev.golanes.playback.PlaybackModel;
import javafx.animation.AnimationTimer;

/** Feeds the animation pulse to the playback model's clock while it plays, and sleeps otherwise. */
final class PlaybackClock extends AnimationTimer {
    private final PlaybackModel playback;

    PlaybackClock(PlaybackModel playback) {
        this.playback = playback;
    }

    void attach() {
        playback.playingProperty().addListener((obs, was, playing) -> {
            if (playing) {
                start();
            } else {
                stop();
            }
        });
        if (playback.isPlaying()) {
            start();
        }
    }

    @Override
    public void handle(long now) {
        playback.tick(now);
    }
}
