package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.Session;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keys, listed over the window (? or F1); any click or Esc closes it. */
final class HelpOverlay extends StackPane {
    /** The widest a line's description gets before it wraps. */
    private static final double ACTION_WIDTH = 760;

    private final VBox card = new VBox();

    HelpOverlay(Session session) {
        setId("help");
        getStyleClass().add("help-overlay");
        card.getStyleClass().add("help-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(card);
        visibleProperty().bind(session.helpShownProperty());
        setOnMouseClicked(event -> session.helpShownProperty().set(false));
        // The keys are listed the first time the overlay is shown: the window's start does not wait for them.
        Listen.onChange(this, session.helpShownProperty(), (obs, was, shown) -> {
            if (shown && card.getChildren().isEmpty()) {
                fill(session.texts());
            }
        });
        Listen.onChange(this, session.textsProperty(), (obs, old, texts) -> {
            if (!card.getChildren().isEmpty()) {
                fill(texts);
            }
        });
    }

    private void fill(Texts t) {
        Label title = new Label(t.format("keys.title"));
        title.getStyleClass().add("help-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            HBox keys = new HBox();
            keys.getStyleClass().add("help-keys");
            for (String key : shortcut.keys()) {
                Label cap = new Label(key);
                cap.getStyleClass().add("help-key");
                if (key.equals("←") || key.equals("→")) {
                    // The monospaced face draws arrows small: they get the text's face, larger.
                    cap.getStyleClass().add("help-arrow");
                }
                cap.setMinWidth(Region.USE_PREF_SIZE);
                keys.getChildren().add(cap);
            }
            grid.add(keys, 0, row);
            Label action = new Label(t.format(shortcut.action()));
            action.setWrapText(true);
            action.setMaxWidth(ACTION_WIDTH);
            grid.add(action, 1, row);
            row++;
        }
        Label footer = new Label(t.format("keys.footer", Shortcuts.MOD));
        footer.getStyleClass().add("help-footer");
        footer.setWrapText(true);
        // Wrapped to about the list's width, not one long line that makes the card wider than the screen.
        footer.setMaxWidth(ACTION_WIDTH + 240);
        card.getChildren().setAll(title, grid, footer);
    }
}
