package dev.golanes.ui;

import dev.golanes.playback.Session;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/** What the program prints, line by line as it prints; clicking a line shows who printed it, and when. */
public final class ConsoleView {
    private final Session session;

    @FXML private ListView<String> console;
    private boolean scrollQueued;

    public ConsoleView(Session session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        console.setSkin(WholeLinesFlow.skin(console));
        console.setItems(session.playback().console());
        console.setCellFactory(list -> new ConsoleCell(list, session::showPrint,
                index -> session.trace() != null && index < session.trace().console().size()
                        && session.trace().isError(index)));
        Listen.onListChange(console, console.getItems(), change -> followTheEnd());
        // A taller or shorter console (presentation mode's larger text, the divider, the window) keeps
        // the newest line in view: "Total execution time" and the results are what the class reads last.
        Listen.onChange(console, this::followTheEnd, console.heightProperty(), session.presentingProperty());
    }

    /**
     * Scrolls to the newest line once the list has taken in the change: scrolling from inside the change
     * would go to the end of the old list, leaving the lines printed at the same instant out of view.
     */
    private void followTheEnd() {
        if (scrollQueued) {
            return;
        }
        scrollQueued = true;
        Platform.runLater(() -> {
            scrollQueued = false;
            int size = console.getItems().size();
            if (console.getSelectionModel().getSelectedIndex() >= size) {
                console.getSelectionModel().clearSelection();
            }
            if (size > 0) {
                // ListView.scrollTo puts the line at the top of the view, which at the end can leave the
                // last line partly below it; once laid out there, the flow's own scrollTo shows it whole.
                console.scrollTo(size - 1);
                if (console.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    // Styles first: presentation mode's larger text makes every line taller.
                    console.applyCss();
                    console.layout();
                    showWhole(flow, size - 1);
                }
            }
        });
    }

    /** Puts the line at the very bottom of the view, whole: the flow's scrollTo can go by line heights measured before a restyle. */
    private static <C extends IndexedCell<?>> void showWhole(VirtualFlow<C> flow, int index) {
        flow.scrollTo(index);
        C cell = flow.getVisibleCell(index);
        if (cell != null) {
            flow.scrollToBottom(cell);
        }
    }
}
