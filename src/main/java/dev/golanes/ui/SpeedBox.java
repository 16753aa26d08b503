package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.PlaybackModel;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A speed chooser ("1x", "0,5x" in Indonesian) bound both ways to a playback speed. */
final class SpeedBox {
    private SpeedBox() {
    }

    /**
     * Fills {@code box} with the playback speeds and binds it to {@code speed}. A bidirectional binding
     * holds its ends weakly: the box keeps the Double view of the speed, or the first garbage collection
     * would cut it loose.
     */
    static void bind(ComboBox<Double> box, DoubleProperty speed, Supplier<Texts> texts) {
        box.getItems().setAll(PlaybackModel.SPEED_STEPS);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : texts.get().number(value) + "x";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("x", "").replace(',', '.'));
            }
        });
        ObjectProperty<Double> asObject = speed.asObject();
        box.getProperties().put(SpeedBox.class, asObject);
        box.valueProperty().bindBidirectional(asObject);
    }
}
