package dev.golanes.ui;

import dev.golanes.i18n.Texts;
import dev.golanes.playback.Session;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keys, listed over the window (? or F1); any click or key closes it and does nothing else
 * ({@link KeysListCloser}). The main window lists {@link Shortcuts#ALL}, the Compare window
 * {@link Shortcuts#COMPARE}.
 */
final class HelpOverlay extends StackPane {
    /** The widest a line's description gets before it wraps (presenting on a larger screen, as much wider as its type). */
    private static final double ACTION_WIDTH = 760;

    private final VBox card = new VBox();

    private final List<Shortcuts.Shortcut> shortcuts;
    /** The line under the list (the mouse's part), or none. */
    private final Function<Texts, String> footer;
    /** How much larger presentation mode draws on this screen: see {@link PresentingZoom}. */
    private final ObservableValue<? extends Number> zoom;

    /** The main window's keys, in the session's language. */
    HelpOverlay(Session session) {
        this(session.helpShownProperty(), session.textsProperty(), Shortcuts.ALL,
                t -> t.format("keys.footer", Shortcuts.MOD), session.presentingZoomProperty());
    }

    HelpOverlay(BooleanProperty shown, ObservableValue<Texts> texts, List<Shortcuts.Shortcut> shortcuts,
                Function<Texts, String> footer, ObservableValue<? extends Number> zoom) {
        this.shortcuts = shortcuts;
        this.footer = footer;
        this.zoom = zoom;
        setId("help");
        getStyleClass().add("help-overlay");
        card.getStyleClass().add("help-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(card);
        visibleProperty().bind(shown);
        setOnMouseClicked(event -> shown.set(false));
        // The keys are listed the first time the overlay is shown: the window's start does not wait for them.
        Listen.onChange(this, shown, (obs, was, now) -> {
            if (now && card.getChildren().isEmpty()) {
                fill(texts.getValue());
            }
        });
        Listen.onChange(this, texts, (obs, old, now) -> {
            if (!card.getChildren().isEmpty()) {
                fill(now);
            }
        });
        Listen.onChange(this, () -> {
            if (!card.getChildren().isEmpty()) {
                fill(texts.getValue());
            }
        }, zoom);
    }

    private void fill(Texts t) {
        double widest = ACTION_WIDTH * zoom.getValue().doubleValue();
        Label heading = new Label(t.format("keys.title"));
        heading.getStyleClass().add("help-title");
        // How to get out, on the title's row (the list's height is what a 1280x720 screen has room for).
        Label closing = new Label(t.format("keys.close"));
        closing.getStyleClass().add("help-footer");
        closing.setMinWidth(Region.USE_PREF_SIZE);
        Region between = new Region();
        HBox.setHgrow(between, Priority.ALWAYS);
        HBox title = new HBox(heading, between, closing);
        title.setAlignment(Pos.BASELINE_LEFT);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        for (Shortcuts.Shortcut shortcut : shortcuts) {
            HBox keys = new HBox();
            keys.getStyleClass().add("help-keys");
            for (String key : shortcut.keys()) {
                // A key's name in the language shown ("Spasi"), as the status bar writes it.
                Label cap = new Label(t.has("keys.cap." + key) ? t.format("keys.cap." + key) : key);
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
            action.setMaxWidth(widest);
            grid.add(action, 1, row);
            row++;
        }
        card.getChildren().setAll(title, grid);
        String below = footer.apply(t);
        if (!below.isEmpty()) {
            Label line = new Label(below);
            line.getStyleClass().add("help-footer");
            line.setWrapText(true);
            // Wrapped to about the list's width, not one long line that makes the card wider than the screen.
            line.setMaxWidth((ACTION_WIDTH + 240) * zoom.getValue().doubleValue());
            card.getChildren().add(line);
        }
    }
}
