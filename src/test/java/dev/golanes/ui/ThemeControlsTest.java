package dev.golanes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.golanes.render.Palette;
import dev.golanes.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The controls JavaFX draws in colours derived from a theme's base: on a projector they must still show.
 * The dark theme's scroll-bar thumb was dark grey on its dark track (1.2:1), so the code panel and the
 * console gave no sign they scroll; the high-contrast theme's buttons and fields had pale grey edges on
 * white (1.4:1), and its thumb was white on pale grey.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeControlsTest {
    private Stage stage;
    private ListView<String> list;
    /** A list styled as the window's console, dark in every theme. */
    private ListView<String> console;
    private Button button;
    private TextField field;
    private javafx.scene.control.ComboBox<String> dropDown;
    private javafx.scene.control.MenuButton menu;

    @Start
    void start(Stage window) {
        stage = window;
        list = new ListView<>(FXCollections.observableArrayList(IntStream.range(0, 200).mapToObj(i -> "line " + i).toList()));
        list.setPrefSize(300, 200);
        console = new ListView<>(FXCollections.observableArrayList(IntStream.range(0, 200).mapToObj(i -> "line " + i).toList()));
        console.getStyleClass().add("console");
        console.setPrefSize(300, 200);
        button = new Button("Export…");
        field = new TextField("2000");
        dropDown = new javafx.scene.control.ComboBox<>(FXCollections.observableArrayList("Same for every call", "Random, under"));
        dropDown.getSelectionModel().select(0);
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem("Open scenario…");
        open.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+O"));
        menu = new javafx.scene.control.MenuButton("Menu", null, open,
                new javafx.scene.control.Menu("Language", null, new javafx.scene.control.RadioMenuItem("English")));
        window.setScene(new Scene(new VBox(12, menu, button, field, dropDown, list, console), 400, 600));
        window.show();
    }

    /** A graphic must stand 3:1 from what is next to it (WCAG's least for a part of a control). */
    @Test
    void theScrollBarsThumbShowsOnItsTrackInEveryTheme(FxRobot robot) {
        List<String> faint = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                Themes.apply(stage.getScene(), theme);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            for (ListView<String> scrolled : List.of(list, console)) {
                int[] colours = thumbAndTrack(robot, scrolled);
                double contrast = Palette.contrast(colours[0], colours[1]);
                if (contrast < 3) {
                    faint.add(String.format("%s, %s: thumb %08x on track %08x, %.2f:1", theme,
                            scrolled == console ? "console" : "list", colours[0], colours[1], contrast));
                }
            }
        }
        assertEquals(List.of(), faint);
    }

    /** The colours of the middle of a list's vertical scroll bar's thumb, and of its track under the thumb. */
    private static int[] thumbAndTrack(FxRobot robot, ListView<String> scrolled) {
        ScrollBar bar = (ScrollBar) scrolled.lookupAll(".scroll-bar").stream()
                .filter(node -> ((ScrollBar) node).getOrientation() == Orientation.VERTICAL && node.isVisible())
                .findFirst().orElse(null);
        assertNotNull(bar, "the list scrolls");
        Node thumb = bar.lookup(".thumb");
        int[] colours = new int[2];
        robot.interact(() -> {
            WritableImage image = bar.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            Bounds in = thumb.getBoundsInParent();
            int x = (int) (in.getMinX() + in.getWidth() / 2);
            colours[0] = pixels.getArgb(x, (int) (in.getMinY() + in.getHeight() / 2));
            // The track, below the thumb (it is at the top), halfway to the bar's end.
            colours[1] = pixels.getArgb(x, (int) ((in.getMaxY() + image.getHeight()) / 2));
        });
        return colours;
    }

    /** The high-contrast theme, for a washed-out projector: a button's and a field's edge shows on white. */
    @Test
    void highContrastsButtonsAndFieldsHaveEdges(FxRobot robot) {
        robot.interact(() -> {
            Themes.apply(stage.getScene(), Theme.CONTRAST);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        List<String> faint = new ArrayList<>();
        for (javafx.scene.layout.Region control : List.of(button, field)) {
            int[] darkest = {0xFFFFFFFF};
            robot.interact(() -> {
                PixelReader pixels = control.snapshot(null, null).getPixelReader();
                int y = (int) (control.getHeight() / 2);
                // The left edge, its first columns (a snapshot starts where a focus ring would): the darkest
                // of them is the edge's colour.
                for (int x = 0; x < 4; x++) {
                    int argb = pixels.getArgb(x, y);
                    if (Palette.contrast(argb, 0xFFFFFFFF) > Palette.contrast(darkest[0], 0xFFFFFFFF)) {
                        darkest[0] = argb;
                    }
                }
            });
            double contrast = Palette.contrast(darkest[0], 0xFFFFFFFF);
            if (contrast < 3) {
                faint.add(String.format("%s: edge %08x on white, %.2f:1", control.getClass().getSimpleName(), darkest[0], contrast));
            }
        }
        assertEquals(List.of(), faint);
    }

    /**
     * High contrast draws every field's edge black, as its focus ring was: the field with the focus
     * looked like the others; in the light theme only its one-pixel edge turned blue. It has a ring of its
     * own, wider than the edge, in every theme (the dark one was seen on screen: this measures dark on white).
     */
    @Test
    void aFocusedFieldStandsOutInEveryTheme(FxRobot robot) {
        standsOutFocused(robot, Theme.LIGHT, field);
        standsOutFocused(robot, Theme.CONTRAST, field);
        // A wrong value keeps its red with the focus: the blue ring had taken its place.
        int[] edge = new int[1];
        robot.interact(() -> {
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
            stage.getScene().getRoot().applyCss();
            edge[0] = field.snapshot(null, null).getPixelReader().getArgb(1, (int) (field.getHeight() / 2));
        });
        robot.interact(() -> field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), false));
        assertTrue((edge[0] >> 16 & 0xFF) > 0x90 && (edge[0] & 0xFF) < 0x40, String.format("a wrong value's edge %08x", edge[0]));
    }

    /**
     * A drop-down with the focus (Delays, reached with Tab) showed a one-pixel ring in the light theme,
     * and in high contrast only its black edge turned blue. In every theme its ring is now two pixels
     * more than its edge.
     */
    @Test
    void aFocusedDropDownStandsOutInEveryTheme(FxRobot robot) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.CONTRAST)) {
            standsOutFocused(robot, theme, dropDown);
        }
    }

    /**
     * A highlighted menu item kept the text's own colour on JavaFX's highlight: in high contrast black
     * on black, so the Menu, its Language and Theme and the Pitfalls lost the word under the pointer; in
     * the dark theme, light on light blue. In every theme, its words stand 4.5:1 from its highlight. (A
     * submenu's popup takes no style sheet here, as it does in the window: its items were checked on screen.)
     */
    @Test
    void aHighlightedMenuItemIsReadableInEveryTheme(FxRobot robot) {
        List<String> faint = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                Themes.apply(stage.getScene(), theme);
                menu.show();
            });
            robot.interact(() -> {
                for (javafx.scene.control.MenuItem item : menu.getItems()) {
                    highlighted(theme, item, faint);
                }
                menu.hide();
            });
        }
        assertEquals(List.of(), faint);
    }

    /** Highlights a shown menu item as the pointer's hover would, and adds to {@code faint} each of its words that does not show. */
    private static void highlighted(Theme theme, javafx.scene.control.MenuItem item, List<String> faint) {
        Node row = item.getStyleableNode();
        assertNotNull(row, item.getText() + " is not shown");
        // What the hover or the arrow keys give the row: the screen's focus is not the popup's here.
        row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focused"), true);
        row.applyCss();
        int highlight = argb(((javafx.scene.layout.Region) row).getBackground());
        for (Node node : row.lookupAll(".label")) {
            javafx.scene.control.Label label = (javafx.scene.control.Label) node;
            double contrast = Palette.contrast(argb((javafx.scene.paint.Color) label.getTextFill()), highlight);
            if (contrast < 4.5) {
                faint.add(String.format("%s, %s: %s on %08x, %.2f:1", theme, item.getText(), label.getText(), highlight, contrast));
            }
        }
        row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focused"), false);
    }

    /** The colour a background shows: its last fill, the top one. */
    private static int argb(javafx.scene.layout.Background background) {
        assertNotNull(background, "a menu item with no background");
        return argb((javafx.scene.paint.Color) background.getFills().get(background.getFills().size() - 1).getFill());
    }

    private static int argb(javafx.scene.paint.Color colour) {
        return 0xFF000000 | (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }

    /** In {@code theme}, the control's edge with the focus is two pixels or more wider than without it. */
    private void standsOutFocused(FxRobot robot, Theme theme, javafx.scene.control.Control control) {
        robot.interact(() -> {
            Themes.apply(stage.getScene(), theme);
            list.requestFocus();
            stage.getScene().getRoot().applyCss();
        });
        int unfocused = edgeWidth(robot, control);
        robot.interact(() -> {
            control.requestFocus();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        int focused = edgeWidth(robot, control);
        assertTrue(focused >= unfocused + 2, theme + ": edge " + unfocused + " px, focused " + focused + " px");
    }

    /** How many columns from its left, at half its height, a control's snapshot is dark (3:1 on white). */
    private static int edgeWidth(FxRobot robot, javafx.scene.layout.Region control) {
        int[] width = new int[1];
        robot.interact(() -> {
            PixelReader pixels = control.snapshot(null, null).getPixelReader();
            int y = (int) (control.getHeight() / 2);
            int x = 0;
            // Past any transparent or white margin the snapshot starts with, then across the dark edge.
            while (x < 8 && Palette.contrast(pixels.getArgb(x, y) | 0xFF000000, 0xFFFFFFFF) < 3
                    && (pixels.getArgb(x, y) >>> 24) < 0x80) {
                x++;
            }
            int dark = 0;
            while (x < 12 && Palette.contrast(pixels.getArgb(x, y) | 0xFF000000, 0xFFFFFFFF) >= 3
                    && (pixels.getArgb(x, y) >>> 24) >= 0x80) {
                dark++;
                x++;
            }
            width[0] = dark;
        });
        return width[0];
    }
}
