package dev.golanes.ui;

import java.util.function.IntConsumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A console line that wraps instead of scrolling sideways, as a narrow terminal would; clicking it reports its index. */
final class ConsoleCell extends ListCell<String> {
    ConsoleCell(ListView<String> list, IntConsumer clicked) {
        setWrapText(true);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
        setOnMouseClicked(event -> {
            if (!isEmpty() && getItem() != null) {
                clicked.accept(getIndex());
            }
        });
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty || line == null ? null : line);
    }
}
