package dev.golanes.ui;

import dev.golanes.cli.Command;
import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder while the window is built. */
public final class GoLanesApp extends Application {
    private static Command.Window options;

    public static void open(Command.Window window) {
        options = window;
        Application.launch(GoLanesApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
