package dev.golanes.ui;

import dev.golanes.playback.Dashboard;
import dev.golanes.playback.Session;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.beans.binding.BooleanBinding;

/** Beside the timeline: the console, the WaitGroup and mutex state, the results slice and the clock. */
public final class SidePanelView {
    private final Session session;
    private final Dashboard dashboard;

    @FXML private ListView<String> console;
    @FXML private Label wgLabel;
    @FXML private Label wgValue;
    @FXML private Label mainValue;
    @FXML private Label holderLabel;
    @FXML private Label holderValue;
    @FXML private Label queueLabel;
    @FXML private Label queueValue;
    @FXML private Label resultsLabel;
    @FXML private Label resultsValue;
    @FXML private Label clockLabel;
    @FXML private Label clock;
    @FXML private Label totalRule;

    public SidePanelView(Session session) {
        this.session = session;
        this.dashboard = new Dashboard(session.playback(), session.textsProperty());
    }

    @FXML
    private void initialize() {
        console.setItems(session.playback().console());
        console.setCellFactory(list -> new ConsoleCell(list));
        console.getItems().addListener((ListChangeListener<String>) change -> console.scrollTo(console.getItems().size() - 1));
        wgValue.textProperty().bind(dashboard.wgCounter());
        mainValue.textProperty().bind(dashboard.mainState());
        holderValue.textProperty().bind(dashboard.lockHolder());
        queueValue.textProperty().bind(dashboard.lockQueue());
        resultsValue.textProperty().bind(dashboard.results());
        clockLabel.textProperty().bind(dashboard.clockLabel());
        clock.textProperty().bind(dashboard.clock());
        totalRule.textProperty().bind(dashboard.totalRule());
        showWhen(dashboard.usesWaitGroup(), wgLabel, wgValue);
        showWhen(dashboard.usesMutex(), holderLabel, holderValue, queueLabel, queueValue);
        showWhen(dashboard.collectsResults(), resultsLabel, resultsValue);
    }

    private static void showWhen(BooleanBinding condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
