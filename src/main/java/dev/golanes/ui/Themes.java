package dev.golanes.ui;

import dev.golanes.render.Theme;
import javafx.scene.Scene;

/** The stylesheets: one for the layout, one for the theme's colours. */
final class Themes {
    private Themes() {
    }

    static void apply(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                Themes.class.getResource("golanes.css").toExternalForm(),
                Themes.class.getResource(theme.stylesheet()).toExternalForm());
    }

    static void apply(Scene scene) {
        apply(scene, Theme.LIGHT);
    }
}
