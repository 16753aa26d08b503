package dev.golanes.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A console line that wraps instead of scrolling sideways, as a narrow terminal would. */
final class ConsoleCell extends ListCell<String> {
    ConsoleCell(ListView<String> list) {
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty || line == null ? null : line);
    }
}
