package dev.golanes.ui;

import dev.golanes.playback.Session;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window around the views: it swaps the theme's stylesheet, rebuilds the views in a new
 * language (all state lives in the session, so nothing is lost), goes full screen for presentation
 * mode, and lays the blank screen and the keys overlay over everything.
 */
public final class AppWindow {
    private final Stage stage;
    private final Session session;
    private final StackPane root = new StackPane();
    private final Scene scene;

    public AppWindow(Stage stage, Session session, double width, double height) {
        this.stage = stage;
        this.session = session;
        this.scene = new Scene(root, width, height);
        // First of all the language's listeners (an invalidation listener: those are told before the
        // change listeners), so that the views are built again while the old ones still show the run as
        // it was: the code panel hands on the lines it shows.
        session.textsProperty().addListener(obs -> rebuild());
        root.getChildren().setAll(scrolled(Views.load(session)), blank(), new HelpOverlay(session));
        root.setAlignment(Pos.TOP_CENTER);
        Themes.apply(scene, session.themeProperty().get());
        Keys.install(scene, session);
        session.themeProperty().addListener((obs, old, theme) -> Themes.apply(scene, theme));
        session.presentingProperty().addListener((obs, was, presenting) -> present(presenting));
        PresentingZoom.follow(scene, session);
        stage.setScene(scene);
        stage.setTitle(session.texts().format("app.title"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full) {
                session.presentingProperty().set(false);
            }
        });
        scene.addPostLayoutPulseListener(iconsAfterFirstLayout);
    }

    /**
     * The window's icons are decoded once the first frame is laid out, while it is rendered: the
     * first image a JVM decodes sets up JavaFX's whole image pipeline, a tenth of a second the first
     * frame does not need.
     */
    private final Runnable iconsAfterFirstLayout = new Runnable() {
        private boolean asked;

        @Override
        public void run() {
            if (!asked) {
                asked = true;
                // Not removed here: the scene is going through its listeners.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    loadIcons();
                });
            }
        }
    };

    private void loadIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            icons.add(new Image(AppWindow.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
        stage.getIcons().setAll(icons);
    }

    public Scene scene() {
        return scene;
    }

    /** Puts the keyboard focus on the timeline, where the keys work. */
    public void focusTimeline() {
        Node timeline = scene.lookup("#timeline");
        if (timeline != null) {
            timeline.requestFocus();
        }
    }

    /**
     * The views in a scroll pane that scrolls them only on a screen smaller than their least size (an
     * 800 x 600 projector): centred, they were cut on both sides there, and the Menu was off screen.
     * Larger, they fill the window as they did without it. A new one with each set of views: the old
     * views go with it.
     */
    static ScrollPane scrolled(Parent views) {
        ScrollPane pane = new ScrollPane(views);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        pane.setFocusTraversable(false);
        pane.getStyleClass().add("views");
        // The pane keeps what it shows as a picture (its viewport is cached): the whole window would be
        // drawn again into it at each frame of a run, and its text lose its sharpness. Not here.
        pane.skinProperty().addListener((obs, old, skin) -> {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return pane;
    }

    /** The views again, in the session's current language; the run, time and settings stay. */
    private void rebuild() {
        // The code panel starts on the lines the old one showed: the teacher may be pointing at them.
        int codeFrom = scene.lookup("#code") instanceof CodeView code ? code.firstLineShown() : -1;
        Parent views = Views.load(session);
        // Hold the focus on the root while the old views go, or the scene hands it to the first text
        // field, where the next key would be typed.
        root.requestFocus();
        ScrollPane pane = scrolled(views);
        root.getChildren().set(0, pane);
        // The views are the scroll pane's once it is styled (its skin holds them), and the side panel is
        // inside a split pane, whose items are its children once it is styled.
        pane.applyCss();
        views.applyCss();
        if (scene.lookup("#code") instanceof CodeView code) {
            code.startFrom(codeFrom);
        }
        stage.setTitle(session.texts().format("app.title"));
        Platform.runLater(this::focusTimeline);
    }

    /** Full screen for presentation mode; its style and size follow it (see {@link PresentingZoom}). */
    private void present(boolean presenting) {
        if (!presenting) {
            session.blankedProperty().set(false);
        }
        stage.setFullScreen(presenting);
        Node wrong = presenting || !session.waitsForAFix() ? null : firstWrongField();
        if (wrong != null) {
            wrong.requestFocus();
        } else {
            focusTimeline();
        }
    }

    /**
     * The first field in red, if any. Presenting, the status says "A setting is wrong: F5 shows the
     * form" (before the run on screen has begun: see {@link Session#waitsForAFix}); F5 showed it with
     * the focus on the timeline, where Esc no longer put the wrong value back. The focus goes to the
     * field, to correct it or Esc. A wrong value left behind mid-run does not take the keys from the run.
     */
    private Node firstWrongField() {
        return scene.getRoot().lookupAll(".text-field").stream()
                .filter(field -> field.getPseudoClassStates().contains(Styles.INVALID) && !field.isDisabled()
                        && shown(field))
                .findFirst().orElse(null);
    }

    /** Whether a node and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Node blank() {
        StackPane blank = new StackPane();
        blank.getStyleClass().add("blank");
        blank.setId("blank");
        blank.visibleProperty().bind(session.blankedProperty());
        return blank;
    }
}
