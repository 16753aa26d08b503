package dev.golanes.ui;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.ListCell;

/** A console line that wraps instead of scrolling sideways, as a narrow terminal would; clicking it reports its index. */
final class ConsoleCell extends ListCell<String> {
    private final IntPredicate isError;

    /** {@code lineWidth}: where a line wraps, the list's width less its scroll bar's. */
    ConsoleCell(ObservableDoubleValue lineWidth, IntConsumer clicked, IntPredicate isError) {
        this.isError = isError;
        setWrapText(true);
        prefWidthProperty().bind(lineWidth);
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
        pseudoClassStateChanged(Styles.ERROR, !empty && line != null && isError.test(getIndex()));
    }
}
