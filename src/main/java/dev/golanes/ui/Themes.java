package dev.golanes.ui;

import javafx.scene.Scene;

/** The stylesheets: one for the layout, one for the theme's colours. */
final class Themes {
    private Themes() {
    }

    static void apply(Scene scene) {
        scene.getStylesheets().setAll(
                Themes.class.getResource("golanes.css").toExternalForm(),
                Themes.class.getResource("theme-light.css").toExternalForm());
    }
}
