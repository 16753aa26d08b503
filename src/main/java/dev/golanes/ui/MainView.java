package dev.golanes.ui;

import dev.golanes.playback.Dashboard;
import dev.golanes.playback.PlaybackModel;
import dev.golanes.playback.Session;
import dev.golanes.scenario.Mode;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/** The window's frame: the mode buttons, the run controls, the timeline and the status bar. */
public final class MainView {
    private final Session session;
    private final Dashboard dashboard;

    @FXML private BorderPane root;
    @FXML private ToggleGroup modes;
    @FXML private ToggleButton sequentialButton;
    @FXML private ToggleButton concurrentButton;
    @FXML private ToggleButton mutexButton;
    @FXML private Tooltip sequentialTip;
    @FXML private Tooltip concurrentTip;
    @FXML private Tooltip mutexTip;
    @FXML private Button runButton;
    @FXML private Button stopButton;
    @FXML private Button playButton;
    @FXML private Button replayButton;
    @FXML private ComboBox<Double> speedBox;
    @FXML private SplitPane split;
    @FXML private TimelineView timeline;
    @FXML private Label explanation;
    @FXML private Label status;
    @FXML private Label runInfo;

    public MainView(Session session) {
        this.session = session;
        this.dashboard = new Dashboard(session.playback(), session.textsProperty());
    }

    @FXML
    private void initialize() {
        PlaybackModel playback = session.playback();
        Map<Mode, ToggleButton> buttons = Map.of(Mode.SEQUENTIAL, sequentialButton, Mode.CONCURRENT, concurrentButton,
                Mode.MUTEX, mutexButton);
        buttons.forEach((mode, button) -> button.setUserData(mode));
        sequentialTip.setText(session.texts().format("mode.key", 1));
        concurrentTip.setText(session.texts().format("mode.key", 2));
        mutexTip.setText(session.texts().format("mode.key", 3));
        modes.selectToggle(buttons.get(session.form().modeProperty().get()));
        session.form().modeProperty().addListener((obs, old, mode) -> modes.selectToggle(buttons.get(mode)));
        modes.selectedToggleProperty().addListener((obs, old, selected) -> modeClicked(old, selected));

        runButton.disableProperty().bind(session.form().validProperty().not());
        stopButton.disableProperty().bind(session.real().runningProperty().not());
        playButton.textProperty().bind(Bindings.createStringBinding(
                () -> session.texts().format(playback.isPlaying() ? "action.pause" : "action.play"),
                playback.playingProperty(), session.textsProperty()));
        speedBox.getItems().setAll(PlaybackModel.SPEED_STEPS);
        speedBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double speed) {
                return speed == null ? "" : Dashboard.speedText(speed) + "x";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("x", ""));
            }
        });
        speedBox.valueProperty().bindBidirectional(playback.speedProperty().asObject());
        split.setDividerPositions(0.66);

        timeline.bind(playback, session.textsProperty());
        explanation.textProperty().bind(Bindings.createStringBinding(
                () -> session.texts().format("mode.explain." + session.form().modeProperty().get().id()),
                session.form().modeProperty(), session.textsProperty()));
        status.textProperty().bind(session.real().status(dashboard.status()));
        runInfo.textProperty().bind(session.real().runInfo());
        new LiveClock(session.real()).attach();
    }

    /** Clicking the selected mode again would leave none selected; keep it, and switch on a real change. */
    private void modeClicked(Toggle old, Toggle selected) {
        if (selected == null) {
            modes.selectToggle(old);
            return;
        }
        Mode mode = (Mode) selected.getUserData();
        if (mode != session.form().modeProperty().get()) {
            session.selectMode(mode);
        }
    }

    public BorderPane root() {
        return root;
    }

    @FXML
    private void run() {
        session.run();
    }

    @FXML
    private void stop() {
        session.stop();
    }

    @FXML
    private void togglePlay() {
        session.playback().togglePlay();
    }

    @FXML
    private void replay() {
        session.replay();
    }
}
