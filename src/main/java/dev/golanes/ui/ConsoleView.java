package dev.golanes.ui;

import dev.golanes.playback.Session;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;

/** What the program prints, line by line as it prints; clicking a line shows who printed it, and when. */
public final class ConsoleView {
    private final Session session;

    @FXML private ListView<String> console;

    public ConsoleView(Session session) {
        this.session = session;
    }

    @FXML
    private void initialize() {
        console.setItems(session.playback().console());
        console.setCellFactory(list -> new ConsoleCell(list, session::showPrint,
                index -> session.trace() != null && index < session.trace().console().size()
                        && session.trace().isError(index)));
        Listen.onListChange(console, console.getItems(), change -> console.scrollTo(console.getItems().size() - 1));
    }
}
