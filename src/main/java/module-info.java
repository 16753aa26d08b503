/** GoLanes: the tutorial's Go programs as live timelines, in a window and on the command line. */
module dev.golanes {
    requires javafx.controls;
    requires javafx.fxml;
    // Java2D and ImageIO draw exported PNGs headless, so the command line needs no JavaFX and no display.
    requires java.desktop;

    exports dev.golanes.scenario;
    exports dev.golanes.trace;
    exports dev.golanes.engine;
    // The words of the exported packages' messages (ScenarioFileException.message, Comparison's reasons).
    exports dev.golanes.i18n;

    // The launcher instantiates the Application; FXML reflects on the views' controllers.
    exports dev.golanes.ui to javafx.graphics;
    opens dev.golanes.ui to javafx.fxml;
}
