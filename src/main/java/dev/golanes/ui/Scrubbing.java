package dev.golanes.ui;

import dev.golanes.playback.PlaybackModel;
import javafx.scene.control.Slider;

/** Ties a slider to the playback time: it follows the playhead, and dragging it seeks. Values in microseconds, so a run of a few µs still has a whole slider. */
final class Scrubbing {
    private Scrubbing() {
    }

    static void bind(Slider slider, PlaybackModel playback) {
        boolean[] updating = {false};
        Runnable follow = () -> {
            updating[0] = true;
            try {
                slider.setMax(playback.index() == null ? 1 : Math.max(1, playback.index().trace().endMicros()));
                slider.setValue(playback.time());
            } finally {
                updating[0] = false;
            }
        };
        Listen.onChange(slider, follow, playback.timeProperty(), playback.indexProperty());
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updating[0]) {
                playback.seek(Math.round(value.doubleValue()));
            }
        });
        follow.run();
    }
}
