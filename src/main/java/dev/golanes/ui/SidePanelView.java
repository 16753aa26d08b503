package dev.golanes.ui;

import dev.golanes.playback.CodePanel;
import dev.golanes.playback.Dashboard;
import dev.golanes.playback.Session;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Beside the timeline: the Go program with where the goroutines are, the WaitGroup and mutex state, results and the clock. */
public final class SidePanelView {
    private final Session session;
    private final Dashboard dashboard;
    private final CodePanel codePanel;

    @FXML private Label codeHeading;
    @FXML private CodeView code;
    @FXML private Label wgLabel;
    @FXML private Node wgBox;
    @FXML private Label wgValue;
    @FXML private Label mainValue;
    @FXML private Label holderLabel;
    @FXML private Label holderValue;
    @FXML private Label queueLabel;
    @FXML private Label queueValue;
    @FXML private Label resultsLabel;
    @FXML private Label resultsValue;
    @FXML private Label resultsReserve;
    @FXML private Label mainReserve;
    @FXML private Node resultsBox;
    @FXML private Label lostReserve;
    @FXML private Node lostBox;
    @FXML private Label lostLabel;
    @FXML private Label lostValue;
    @FXML private Label clockLabel;
    @FXML private Label clock;
    @FXML private Label totalRule;

    public SidePanelView(Session session) {
        this.session = session;
        this.dashboard = new Dashboard(session.playback(), session.textsProperty());
        this.codePanel = new CodePanel(session);
    }

    @FXML
    private void initialize() {
        codeHeading.textProperty().bind(codePanel.heading());
        code.bind(codePanel, session);

        wgValue.textProperty().bind(dashboard.wgCounter());
        mainValue.textProperty().bind(dashboard.mainState());
        mainReserve.setText(dashboard.longestMainState());
        holderValue.textProperty().bind(dashboard.lockHolder());
        queueValue.textProperty().bind(dashboard.lockQueue());
        resultsValue.textProperty().bind(dashboard.results());
        resultsReserve.textProperty().bind(dashboard.finalResults());
        lostValue.textProperty().bind(dashboard.lost());
        BooleanBinding nothingLost = dashboard.nothingLostYet();
        // The listener reads the binding, so the node that keeps the listener keeps the binding too.
        Listen.onChange(lostValue, nothingLost, (obs, was, none) -> lostValue.pseudoClassStateChanged(Styles.NONE, nothingLost.get()));
        lostValue.pseudoClassStateChanged(Styles.NONE, nothingLost.get());
        lostReserve.textProperty().bind(dashboard.finalLost());
        clockLabel.textProperty().bind(dashboard.clockLabel());
        clock.textProperty().bind(dashboard.clock());
        totalRule.textProperty().bind(dashboard.totalRule());
        // Shown with the total it explains; hidden, it keeps its room, so nothing moves at the end.
        totalRule.visibleProperty().bind(dashboard.finished());
        showWhen(dashboard.usesWaitGroup(), wgLabel, wgBox);
        showWhen(dashboard.usesMutex(), holderLabel, holderValue, queueLabel, queueValue);
        showWhen(dashboard.collectsResults(), resultsLabel, resultsBox);
        showWhen(dashboard.losesAppends(), lostLabel, lostBox);
    }

    private static void showWhen(BooleanBinding condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
