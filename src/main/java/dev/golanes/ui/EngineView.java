package dev.golanes.ui;

import dev.golanes.engine.EngineKind;
import dev.golanes.playback.Session;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/** Above the timeline: whether it shows the simulator or real threads, and what that means. */
public final class EngineView {
    private final Session session;

    @FXML private ToggleGroup engines;
    @FXML private ToggleButton simButton;
    @FXML private ToggleButton realButton;
    @FXML private Tooltip realTip;
    @FXML private Label hint;

    public EngineView(Session session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        simButton.setUserData(EngineKind.SIM);
        realButton.setUserData(EngineKind.REAL);
        realTip.textProperty().bind(session.real().engineText("engine.real.tip"));
        // Three sentences: on lines of their own width, not one line running off a 1280-wide screen.
        realTip.setWrapText(true);
        realTip.setPrefWidth(460);
        hint.textProperty().bind(session.real().engineText(null));
        show(session.engineProperty().get());
        Listen.onChange(simButton, session.engineProperty(), (obs, old, kind) -> show(kind));
        engines.selectedToggleProperty().addListener((obs, old, selected) -> clicked(old, selected));
    }

    private void show(EngineKind kind) {
        engines.selectToggle(kind == EngineKind.REAL ? realButton : simButton);
    }

    /** As with the modes, clicking the chosen engine again keeps it chosen. */
    private void clicked(Toggle old, Toggle selected) {
        if (selected == null) {
            engines.selectToggle(old);
        } else {
            session.selectEngine((EngineKind) selected.getUserData());
        }
    }
}
