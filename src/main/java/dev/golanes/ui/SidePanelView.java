package dev.golanes.ui;

import dev.golanes.playback.CodePanel;
import dev.golanes.playback.Dashboard;
import dev.golanes.playback.Session;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Beside the timeline: the Go program with where the goroutines are, the WaitGroup and mutex state, results and the clock. */
public final class SidePanelView {
    private final Session session;
    private final Dashboard dashboard;
    private final CodePanel codePanel;

    @FXML private Label codeHeading;
    @FXML private CodeView code;
    @FXML private Label wgLabel;
    @FXML private VBox wgCell;
    @FXML private HBox wgBox;
    @FXML private StackPane mainNote;
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
    @FXML private HBox clockBox;
    @FXML private VBox clockColumn;
    /** The clock's longest texts for the run on screen: the rule beside it keeps clear of them. */
    private ObjectBinding<List<String>> clockAtTheEnd;
    /** The WaitGroup counter's widest text in the run shown (see {@link Dashboard#widestCounter}). */
    private StringBinding widestCounter;
    /** Whether the rule's place is to be chosen again, later in this pulse. */
    private boolean placing;
    /** The width the rule wraps at beside the total (the FXML's). */
    private double besideMost;

    public SidePanelView(Session session) {
        this.session = session;
        this.dashboard = new Dashboard(session.playback(), session.textsProperty());
        this.codePanel = new CodePanel(session);
    }

    @FXML
    private void initialize() {
        codeHeading.textProperty().bind(codePanel.heading());
        code.bind(codePanel, session);

        // Presenting, the queue and the slice of many calls in large type took the column's height from
        // the program and the clock (10,000 calls at 1280 x 720).
        dashboard.compactListsProperty().bind(session.presentingProperty());
        wgValue.textProperty().bind(dashboard.wgCounter());
        mainValue.textProperty().bind(dashboard.mainState());
        mainReserve.setText(dashboard.longestMainState());
        holderValue.textProperty().bind(dashboard.lockHolder());
        queueValue.textProperty().bind(dashboard.lockQueue());
        // The line is longest waiting first, which a class could take for a promise of Go's: Go's mutex
        // queues so too, but until a waiter has failed to get the lock for over 1 ms a newcomer can get in ahead.
        Tooltip queueTip = Tips.wrapped(session.texts().format("panel.mutex.queue.tip"));
        queueLabel.setTooltip(queueTip);
        queueValue.setTooltip(queueTip);
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
        clockAtTheEnd = dashboard.clockAtTheEnd();
        widestCounter = dashboard.widestCounter();
        besideMost = totalRule.getMaxWidth();
        // After the change, not in it: a font changes in the middle of JavaFX's pass over the panel's
        // styles (presentation mode left), and a child moved then broke that pass.
        InvalidationListener place = observable -> {
            if (!placing) {
                placing = true;
                Platform.runLater(() -> {
                    placing = false;
                    placeTheRule();
                    placeMainsState();
                });
            }
        };
        for (Observable changes : List.of(clockBox.widthProperty(), clock.fontProperty(), totalRule.fontProperty(),
                totalRule.textProperty(), clockAtTheEnd, wgCell.widthProperty(), wgValue.fontProperty(),
                mainValue.fontProperty(), mainReserve.textProperty(), widestCounter)) {
            changes.addListener(place);
        }
        Listen.onChange(totalRule, () -> place.invalidated(session.presentingZoomProperty()), session.presentingZoomProperty());
        showWhen(dashboard.usesWaitGroup(), wgLabel, wgCell);
        showWhen(dashboard.usesMutex(), holderLabel, holderValue, queueLabel, queueValue);
        showWhen(dashboard.collectsResults(), resultsLabel, resultsBox);
        showWhen(dashboard.losesAppends(), lostLabel, lostBox);
    }

    /**
     * The rule beside the total, or under it where beside it would have less room than its longest
     * word: presenting a real run's 2.455736s on a 1024-wide screen, "= the last append" was left 60 px
     * and broke "append" in two. The place is chosen for the run, not the moment (the clock's widest
     * texts, not the one shown), so nothing moves as the run plays or at its end.
     */
    private void placeTheRule() {
        double clockWidth = clockAtTheEnd.get().stream().mapToDouble(text -> TextWidth.of(clock.getFont(), text)).max().orElse(0);
        double room = clockBox.getWidth() - clockBox.snappedLeftInset() - clockBox.snappedRightInset() - clockBox.getSpacing()
                - Math.max(Math.max(clockWidth, clock.prefWidth(-1)), clockLabel.prefWidth(-1));
        double longestWord = 0;
        for (String word : totalRule.getText().split("\\s+")) {
            longestWord = Math.max(longestWord, TextWidth.of(totalRule.getFont(), word));
        }
        // Presenting on a screen larger than 1280 x 720, the most it takes beside the total grows with the type.
        double most = besideMost * session.presentingZoomProperty().get();
        boolean under = clockBox.getWidth() > 0
                && Math.min(room, most) < longestWord + totalRule.snappedLeftInset() + totalRule.snappedRightInset() + 2;
        Pane place = under ? clockColumn : clockBox;
        if (totalRule.getParent() != place) {
            ((Pane) totalRule.getParent()).getChildren().remove(totalRule);
            place.getChildren().add(totalRule);
        }
        totalRule.setMaxWidth(under ? Double.MAX_VALUE : most);
    }

    /**
     * main's state beside the WaitGroup counter, or under it where beside it would have less room than
     * its longest word: presenting 1,000 calls on a 1024 projector in Indonesian, "terblokir di
     * wg.Wait()" beside "999" broke as "terbloki / r di / wg.Wai / t()", and the panel grew past the
     * clock. As for the rule beside the total, the place is chosen for the run (its widest counter and
     * main's longest state), so it does not move as the run plays.
     */
    private void placeMainsState() {
        double room = wgCell.getWidth() - wgBox.getSpacing() - Math.max(wgValue.prefWidth(-1),
                TextWidth.of(wgValue.getFont(), widestCounter.get())) - wgValue.snappedLeftInset() - wgValue.snappedRightInset();
        double longestWord = 0;
        for (String word : mainReserve.getText().split("\\s+")) {
            longestWord = Math.max(longestWord, TextWidth.of(mainValue.getFont(), word));
        }
        boolean under = wgCell.getWidth() > 0 && room < longestWord + 2;
        Pane place = under ? wgCell : wgBox;
        if (mainNote.getParent() != place) {
            ((Pane) mainNote.getParent()).getChildren().remove(mainNote);
            place.getChildren().add(mainNote);
            // Under the counter, a state shorter than the longest (its room) sits just under it, not a line lower.
            mainNote.setAlignment(under ? Pos.TOP_LEFT : Pos.CENTER_LEFT);
        }
    }

    private static void showWhen(BooleanBinding condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
