package dev.golanes.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The floor for the window's benchmarks: the least a JavaFX window can be, one label, filling the
 * screen as the GoLanes window does. Started from the packaged image the same way, with the same
 * {@link WindowProbe}. With {@code -Dgolanes.bench.animate=true} the label shows a new number at
 * every frame, so every pulse draws one: the empty animated window of the playback benchmark.
 */
public final class MinimalWindow extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("GoLanes");
        if (Boolean.getBoolean("golanes.bench.animate")) {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    label.setText(now / 1_000_000 % 100_000 + " ms");
                }
            }.start();
        }
        stage.setScene(new Scene(new StackPane(label), 1280, 800));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        stage.show();
    }
}
