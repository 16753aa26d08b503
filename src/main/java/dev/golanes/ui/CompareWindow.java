package dev.golanes.ui;

import dev.golanes.engine.Comparison;
import dev.golanes.export.ComparisonExport;
import dev.golanes.export.ExportFormat;
import dev.golanes.i18n.Texts;
import dev.golanes.playback.CompareModel;
import dev.golanes.playback.ExportModel;
import dev.golanes.playback.Session;
import dev.golanes.render.ComparisonFigure;
import dev.golanes.render.Palette;
import dev.golanes.render.Theme;
import dev.golanes.scenario.Mode;
import dev.golanes.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Sequential, concurrent, mutex and race on the scenario in the form, stacked on one time axis and
 * played together, with the table that explains their totals. It opens paused at 0, and has keys of
 * its own ({@link Shortcuts#COMPARE}, listed by ? or F1): Right and PgDn go to the next program's
 * end, for example.
 * A window has one comparison open at a time: asked again for the same one, it comes to the front;
 * for another scenario, language or theme, it is replaced.
 */
final class CompareWindow {
    private static final String OPEN = CompareWindow.class.getName();
    /** The most the results column takes; its slices are shortened ("[id1 id2 … id1000] (1000 ids)") to fit. */
    private static final double RESULTS_MOST = 560;
    /** The least room for the reasons, which wrap: a few words a line, not one. */
    private static final double WHY_WIDTH = 220;
    /**
     * The least room for the results, which wrap too where the window is narrow: a slice of 1000 ids
     * on two lines rather than the reasons on four (on a 1024-wide screen the table pushed the
     * programs' lanes down to three rows).
     */
    private static final double RESULTS_LEAST = 240;

    /** The smallest the title's type gets to stay on one line: this share of the style sheet's size. */
    private static final double TITLE_SMALLEST = 0.8;

    /** A window narrower than this has its title above the buttons, not beside them. */
    private static final double NARROW = 900;
    /** How much of the screen's width and height the window takes when it opens, not presenting. */
    private static final double SHARE = 0.92;

    /** Presenting, the type is this much larger (the style sheet's 18 px for 15). */
    private static final double PRESENTING_SCALE = 1.2;

    /** What a comparison shows: asked for again, the same one comes to the front. */
    private record Shown(Scenario scenario, Texts texts, Theme theme) {
    }

    private CompareWindow() {
    }

    static void open(Window owner, Session session) {
        open(owner, session, null);
    }

    /**
     * Opens the comparison, at 0 and paused at the main window's speed, or where {@code resume} says:
     * one that is opened again in another language, theme or size goes on from where it was.
     */
    private static void open(Window owner, Session session, Resume resume) {
        // Opened again, it keeps its scenario, whatever the form holds since.
        Scenario scenario = resume != null ? resume.scenario() : session.form().scenario().orElse(session.trace().scenario());
        Shown shown = new Shown(scenario, session.texts(), session.themeProperty().get());
        if (owner.getProperties().get(OPEN) instanceof Stage open && open.isShowing()) {
            if (shown.equals(open.getProperties().get(OPEN))) {
                open.toFront();
                open.requestFocus();
                return;
            }
            open.close();
        }
        CompareModel model = new CompareModel(scenario);
        Texts t = session.texts();
        // The theme's own colours, not the main window's timeline's: when T changes the theme, the
        // comparison opens again before the main window has taken the new style (its timelines stayed light).
        Palette palette = session.themeProperty().get().palette();

        // Presenting, the comparison is the slide the room reads: the whole screen, in the large type,
        // larger still on a screen larger than 1280 x 720, and smaller below 1024 x 720 (an 800 x 600
        // projector), as the main window's is (PresentingZoom).
        boolean presenting = session.presentingProperty().get();
        // The screen the main window is on: the one under its centre.
        Screen where = Screen.getScreensForRectangle(owner.getX() + owner.getWidth() / 2, owner.getY() + owner.getHeight() / 2, 1, 1)
                .stream().findFirst().orElse(Screen.getPrimary());
        // Presenting, it covers the whole screen as the full-screen window behind it does.
        Rectangle2D screen = presenting ? where.getBounds() : where.getVisualBounds();
        // Not presenting, 1, or on a screen too small for it less, as the main window is drawn smaller there;
        // made smaller by the user, as small as the main window would be on the screen it takes 92% of.
        Rectangle2D resized = presenting || resume == null ? null : resume.window();
        double zoom = presenting ? PresentingZoom.of(screen.getWidth(), screen.getHeight())
                : resized != null ? resizedZoom(resized.getWidth(), resized.getHeight())
                : PresentingZoom.usual(screen.getWidth(), screen.getHeight());
        double larger = presenting ? PRESENTING_SCALE * zoom : zoom;
        List<ComparePanel> panels = new ArrayList<>();
        for (int k = 0; k < model.comparison().traces().size(); k++) {
            panels.add(new ComparePanel(model, k, palette, t, larger, zoom));
        }
        CompareLegend legend = new CompareLegend(model.comparison(), palette, t, zoom);
        CompareLanes lanes = new CompareLanes(panels, legend);
        List<RowCells> rows = new ArrayList<>();
        GridPane table = table(model, t, rows, zoom);
        model.clock().momentProperty().addListener((obs, old, moment) -> {
            panels.forEach(ComparePanel::redraw);
            rows.forEach(row -> row.reveal(model));
            legend.going(!model.allFinished());
        });
        rows.forEach(row -> row.reveal(model));
        legend.going(!model.allFinished());

        Button play = new Button();
        play.setId("compare-play");
        play.textProperty().bind(Bindings.createStringBinding(
                () -> t.format(model.clock().isPlaying() ? "action.pause" : "action.play"), model.clock().playingProperty()));
        play.setOnAction(event -> model.clock().togglePlay());
        Button replay = new Button(t.format("action.replay"));
        replay.setOnAction(event -> model.clock().restart());
        // The clicker's keys as buttons, for the mouse: one program's end, and its row, at a time.
        Button previous = new Button("◀");
        previous.setId("compare-previous");
        previous.getStyleClass().add("step");
        previous.setTooltip(new Tooltip(t.format("compare.previousEnd.tip")));
        previous.setOnAction(event -> model.previousEnd());
        Button next = new Button("▶");
        next.setId("compare-next");
        next.getStyleClass().add("step");
        next.setTooltip(new Tooltip(t.format("compare.nextEnd.tip")));
        next.setOnAction(event -> model.nextEnd());
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("compare-speed");
        speed.setTooltip(new Tooltip(t.format("compare.speed.tip")));
        SpeedBox.bind(speed, model.clock().speedProperty(), () -> t);
        Button export = new Button(t.format("action.export"));
        export.setId("compare-export");
        // What an export wrote, over the comparison for a few seconds: in the bar beside the buttons it was
        // cut ("Sudah diek…") and took the title's room, which went to two lines.
        Label exported = new Label();
        exported.getStyleClass().add("compare-exported");
        exported.setMouseTransparent(true);
        exported.setVisible(false);
        javafx.animation.PauseTransition saying = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(5));
        saying.setOnFinished(event -> exported.setVisible(false));
        exported.textProperty().addListener((obs, old, text) -> {
            exported.setVisible(!text.isEmpty());
            saying.playFromStart();
        });
        // The picture is what this window shows: its colours and words as it opened, whatever the main window does since.
        Supplier<ComparisonExport> capture = () -> session.export().captureComparison(model, palette, t);
        export.setOnAction(event -> {
            // The picture is this moment: the comparison waits while the user chooses where to save it.
            model.clock().pause();
            exportPicture(export.getScene().getWindow(), capture.get(), session, t, exported);
        });
        Button close = new Button(t.format("action.close"));
        close.setId("compare-close");
        close.setOnAction(event -> ((Stage) close.getScene().getWindow()).close());
        // Wrapped on a narrow screen, but never between a number and its unit ("hold 300 / ms").
        Label title = new Label(Texts.unitsKeptWithNumbers(ComparisonFigure.title(t, scenario)));
        title.getStyleClass().add("compare-title");
        // On a narrow screen (1024 wide) the title wraps; the buttons keep their words.
        title.setWrapText(true);
        for (Region button : List.of(previous, play, next, replay, speed, export, close)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setFocusTraversable(false);
        }
        HBox buttons = new HBox(previous, play, next, replay, speed, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("compare-buttons");
        // A box that is as tall as the title wraps at its width: the title on three lines (1000 calls
        // on a 1024-wide screen) was given the height of one beside the buttons and ended in "…".
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        fitOnOneLine(title);
        // On a screen under 900 wide (an 800 x 600 projector) the buttons left the title a column of a
        // few words, 13 lines in Indonesian: there it goes above them.
        double width = presenting ? screen.getWidth() : resized != null ? resized.getWidth() : Math.min(1400, screen.getWidth() * SHARE);
        Pane bar = width < NARROW ? new VBox(title, buttons) : new HBox(title, buttons);
        if (bar instanceof HBox row) {
            row.setAlignment(Pos.CENTER_LEFT);
        } else {
            ((VBox) bar).setSpacing(6);
        }
        bar.getStyleClass().addAll("toolbar", "compare-bar");

        VBox content = new VBox(bar, lanes, table);
        content.getStyleClass().add("compare");
        VBox.setVgrow(lanes, Priority.ALWAYS);
        // The timelines give way on a short screen; the title (on two lines, say) and the table do not.
        bar.setMinHeight(Region.USE_PREF_SIZE);
        table.setMinHeight(Region.USE_PREF_SIZE);
        // B blanks the projector: this window too, not only the one behind it.
        StackPane blank = new StackPane();
        blank.getStyleClass().add("blank");
        blank.visibleProperty().bind(session.blankedProperty());
        BooleanProperty help = new SimpleBooleanProperty();
        // The keys list covers the comparison: it waits behind it, as behind the blank screen.
        help.addListener((obs, was, now) -> {
            if (now) {
                model.clock().pause();
            }
        });
        HelpOverlay keys = new HelpOverlay(help, new ReadOnlyObjectWrapper<>(t), Shortcuts.COMPARE, texts -> "",
                new ReadOnlyDoubleWrapper(zoom));
        // Taller than the window after all (an 800 x 600 screen; 1000 calls in Indonesian on a 1024 x 768
        // one), it scrolls, from the title down: the table was cut at the bottom.
        StackPane root = new StackPane(AppWindow.scrolled(content), exported, blank, keys);
        StackPane.setAlignment(exported, Pos.BOTTOM_CENTER);
        StackPane.setMargin(exported, new javafx.geometry.Insets(0, 0, 24 * zoom, 0));
        // A long name the user gave wraps rather than ends in "…".
        // As wide as its words (the pane would stretch it across the window), at most four fifths of it.
        exported.setWrapText(true);
        exported.setMaxHeight(Region.USE_PREF_SIZE);
        exported.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(TextWidth.of(exported.getFont(), exported.getText()) + exported.snappedLeftInset()
                        + exported.snappedRightInset() + 2, root.getWidth() * 0.8),
                exported.textProperty(), exported.fontProperty(), root.widthProperty()));
        root.getStyleClass().add("compare-window");
        if (presenting) {
            root.getStyleClass().add("presenting");
            PresentingZoom.apply(root, zoom);
        } else {
            PresentingZoom.applyUsual(root, zoom);
        }
        double height = presenting ? screen.getHeight()
                : resized != null ? resized.getHeight() : Math.min(900, screen.getHeight() * SHARE);
        Scene scene = new Scene(root, width, height);
        Themes.apply(scene, session.themeProperty().get());
        new PlaybackClock(model.clock()).attach();
        KeysListCloser keysList = KeysListCloser.install(scene, help);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (keysList.pressed(event)) {
                return;
            }
            if (!event.isShortcutDown() && !event.isAltDown() && !event.isMetaDown()
                    && key(event.getCode(), (Stage) scene.getWindow(), model, session, help)) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (keysList.typed(event)) {
                return;
            }
            if ("?".equals(event.getCharacter())) {
                help.set(!help.get());
                event.consume();
            }
        });
        scene.getAccelerators().put(ExportAction.SHORTCUT, export::fire);
        Stage stage = new Stage();
        stage.initOwner(owner);
        if (presenting) {
            // Not full screen: JavaFX lets one window be full screen at a time, and taking it from the
            // main window would end presentation mode (which closes this window as it opens). An owned
            // window without a frame, the size of the screen, stays above the main window instead.
            stage.initStyle(StageStyle.UNDECORATED);
        }
        stage.setTitle(t.format("compare.window"));
        stage.setScene(scene);
        stage.setX(resized != null ? resized.getMinX() : screen.getMinX() + (screen.getWidth() - scene.getWidth()) / 2);
        stage.setY(resized != null ? resized.getMinY() : screen.getMinY() + (screen.getHeight() - scene.getHeight()) / 2);
        // Presentation mode, the language or the theme changed (here or in the main window): this
        // window's size, words or colours are for the others. It opens again as it should be, where it
        // was; after the change, not in the middle of it (nor of this window's showing), once the main
        // window's views have taken it (the colours come from its timeline).
        ChangeListener<Object> changed = (obs, was, now) -> Platform.runLater(() -> {
            if (stage.isShowing()) {
                // In another language or theme, a window the user resized keeps its place and size.
                boolean resizedStays = !presenting && !session.presentingProperty().get()
                        && (Math.abs(scene.getWidth() - width) > 1 || Math.abs(scene.getHeight() - height) > 1 || resized != null);
                Resume here = resizedStays ? Resume.of(scenario, model, stage, screen) : Resume.of(scenario, model);
                stage.close();
                if (owner.isShowing()) {
                    open(owner, session, here);
                }
            }
        });
        List<ObservableValue<?>> looks = List.of(session.presentingProperty(), session.textsProperty(), session.themeProperty());
        looks.forEach(look -> look.addListener(changed));
        // Blanked, the class is asked what comes next: the comparison waits, as the main window's run does.
        ChangeListener<Boolean> blankedChanged = (obs, was, now) -> {
            if (now) {
                model.clock().pause();
            }
        };
        session.blankedProperty().addListener(blankedChanged);
        stage.setOnHidden(event -> {
            looks.forEach(look -> look.removeListener(changed));
            session.blankedProperty().removeListener(blankedChanged);
            model.clock().pause();
            // Closed, it is let go: it holds four runs of up to 10,000 calls.
            owner.getProperties().remove(OPEN, stage);
        });
        stage.getProperties().put(OPEN, shown);
        stage.getProperties().put(ComparisonExport.class, capture);
        stage.getProperties().put(CompareModel.class, model);
        owner.getProperties().put(OPEN, stage);
        double wantedWidth = scene.getWidth();
        double wantedHeight = scene.getHeight();
        stage.show();
        keepTheSize(stage, wantedWidth, wantedHeight);
        if (!presenting) {
            followTheSize(stage, zoom, width, height, () -> Resume.of(scenario, model, stage, screen), here -> open(owner, session, here));
        }
        // It takes the keys (Space, Esc) from the window behind it, which a frameless window may not be given.
        stage.requestFocus();
        if (resume == null) {
            // It opens at 0, paused, for the class to guess first: Space plays (the button says Play).
            model.clock().speedProperty().set(session.playback().speedProperty().get());
        } else {
            model.clock().speedProperty().set(resume.speed());
            model.clock().seek(resume.time());
            if (resume.playing()) {
                model.clock().play();
            }
        }
    }

    /**
     * JavaFX 21 under some window managers (newer GNOME's, Openbox) lets an owned window shrink to
     * 200 x 200 a moment after it is shown, whatever its scene asked for (JDK-8316423, fixed in JavaFX
     * 22): the comparison showed a corner of its buttons. In its first seconds, a window shrunk to less
     * than a third of its size is given its size back once, frame included, centred where it was.
     */
    private static void keepTheSize(Stage stage, double width, double height) {
        Scene scene = stage.getScene();
        InvalidationListener[] shrunk = new InvalidationListener[1];
        PauseTransition settled = new PauseTransition(Duration.seconds(3));
        Runnable stopWatching = () -> {
            scene.widthProperty().removeListener(shrunk[0]);
            scene.heightProperty().removeListener(shrunk[0]);
            settled.stop();
        };
        shrunk[0] = observable -> {
            // The bug's 200 x 200 (or 1 pixel wide) is far less than asked; a window the user or the
            // screen makes a little smaller keeps that size.
            // A window opened again small by the user (600 wide) shrunk to 200 x 200 is the bug too.
            boolean bugs = scene.getWidth() <= 201 && scene.getHeight() <= 201;
            if (!bugs && scene.getWidth() >= width / 3 && scene.getHeight() >= height / 3) {
                return;
            }
            stopWatching.run();
            Platform.runLater(() -> {
                if (!stage.isShowing()) {
                    return;
                }
                double centreX = stage.getX() + stage.getWidth() / 2;
                double centreY = stage.getY() + stage.getHeight() / 2;
                stage.setWidth(width + Math.max(0, stage.getWidth() - scene.getWidth()));
                stage.setHeight(height + Math.max(0, stage.getHeight() - scene.getHeight()));
                stage.setX(centreX - stage.getWidth() / 2);
                stage.setY(centreY - stage.getHeight() / 2);
            });
        };
        scene.widthProperty().addListener(shrunk[0]);
        scene.heightProperty().addListener(shrunk[0]);
        settled.setOnFinished(event -> stopWatching.run());
        settled.play();
    }

    /**
     * A window made smaller or larger by the user opens again drawn for its new size, as the main
     * window is restyled for its own: made half a laptop's screen wide, the comparison kept its type and
     * cut its buttons and table; 500 high, it showed the table's heading alone. Once the size has stayed
     * put a moment, and only when it changes how the window is drawn (its zoom, or its buttons over or
     * beside the title), so that a window the same size does not open again.
     */
    private static void followTheSize(Stage stage, double zoom, double width, double height,
                                      java.util.function.Supplier<Resume> here, java.util.function.Consumer<Resume> reopen) {
        Scene scene = stage.getScene();
        // A second: a hand that rests a moment in the middle of a resize does not lose its window.
        PauseTransition settled = new PauseTransition(Duration.seconds(1));
        settled.setOnFinished(event -> {
            // Not the size it opened at, give or take the system's rounding (941.16 shown as 942), which
            // could cross a step of the zoom on a screen it opened on; and drawn otherwise at its size.
            boolean resized = Math.abs(scene.getWidth() - width) > 2 || Math.abs(scene.getHeight() - height) > 2;
            if (stage.isShowing() && resized && (resizedZoom(scene.getWidth(), scene.getHeight()) != zoom
                    || scene.getWidth() < NARROW != width < NARROW)) {
                Resume resume = here.get();
                stage.close();
                reopen.accept(resume);
            }
        });
        InvalidationListener sized = observable -> settled.playFromStart();
        scene.widthProperty().addListener(sized);
        scene.heightProperty().addListener(sized);
        stage.setOnHiding(event -> settled.stop());
    }

    /**
     * The zoom of a window the user has resized: as small as the main window is drawn on the screen it
     * takes {@link #SHARE} of, the share it opens at. A window as it opened keeps the zoom it opened with.
     */
    static double resizedZoom(double width, double height) {
        // Half a pixel more: 552 / 0.92 is 599.99..., which would draw a window opened on a 600-high screen smaller.
        return PresentingZoom.usual((width + 0.5) / SHARE, (height + 0.5) / SHARE);
    }

    /** What a comparison showed and where it was, for the one that replaces it in another language, theme or size. */
    private record Resume(Scenario scenario, long time, double speed, boolean playing, Rectangle2D window) {
        static Resume of(Scenario scenario, CompareModel model) {
            return new Resume(scenario, model.clock().time(), model.clock().speedProperty().get(), model.clock().isPlaying(), null);
        }

        /** Where it was, and in a window of its size (its scene's), where it is, its top left on {@code screen}. */
        static Resume of(Scenario scenario, CompareModel model, Stage stage, Rectangle2D screen) {
            Resume here = of(scenario, model);
            double x = Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - 100));
            double y = Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - 100));
            return new Resume(scenario, here.time(), here.speed(), here.playing(),
                    new Rectangle2D(x, y, stage.getScene().getWidth(), stage.getScene().getHeight()));
        }
    }

    /**
     * Carries out a key pressed in the comparison (as {@link Shortcuts#COMPARE} lists them); returns
     * whether the key has an action. L, T and F5 change the language, theme or presentation mode, of
     * the main window too, and the comparison opens again in it, where it was (see open).
     */
    static boolean key(KeyCode code, Stage stage, CompareModel model, Session session, BooleanProperty help) {
        if (session.blankedProperty().get() && Keys.movesTheRun(code)) {
            // As in the main window: blanked, a clicker's next brings the screen back and reveals no row.
            session.blankedProperty().set(false);
            return true;
        }
        switch (code) {
            case SPACE -> model.clock().togglePlay();
            case R -> model.clock().restart();
            case HOME -> model.clock().seek(0);
            case END -> model.clock().seek(Long.MAX_VALUE);
            // A presenter's clicker sends these: one program's end at a time, which shows its row.
            case RIGHT, PAGE_DOWN -> model.nextEnd();
            case LEFT, PAGE_UP -> model.previousEnd();
            case PLUS, ADD, EQUALS -> model.clock().faster();
            case MINUS, SUBTRACT -> model.clock().slower();
            // Their listener (in open) opens the comparison again in the new language, theme or size.
            case L -> Keys.nextLanguage(session);
            case T -> Keys.nextTheme(session);
            case F5 -> session.presentingProperty().set(!session.presentingProperty().get());
            case F1 -> help.set(!help.get());
            case B, PERIOD -> session.blankedProperty().set(!session.blankedProperty().get());
            // Esc undoes the most recent layer first, as in the main window: the blank screen. (Any key
            // closes the keys list, above it: KeysListCloser.)
            case ESCAPE -> {
                if (session.blankedProperty().get()) {
                    session.blankedProperty().set(false);
                } else {
                    stage.close();
                }
            }
            case C -> stage.close();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Export… (Ctrl+E): the comparison as it stands now, as a PNG or SVG for a slide, where the user
     * chooses; the bar then says what it wrote, and a failure opens a dialog that says why.
     */
    private static void exportPicture(Window window, ComparisonExport picture, Session session, Texts t, Label exported) {
        ExportModel exports = session.export();
        String offered = exports.suggestedName(picture);
        FileChooser chooser = ExportAction.chooser(t, "export.dialog.compareTitle", List.of(ExportFormat.PNG, ExportFormat.SVG),
                exports.lastPictureFormat(), offered, exports);
        ExportAction.ask(window, t, chooser, offered, exports.lastPictureFormat())
                .ifPresent(chosen -> exportTo(window, session, t, picture, chosen.file(), chosen.format(), exported));
    }

    /**
     * The comparison as the window open over {@code owner} would export it now (its clock's time, its
     * colours and words), for tests: they cannot click through the platform's save dialog.
     */
    /** The model of the comparison shown in {@code compare}, for tests. */
    static CompareModel model(Stage compare) {
        return (CompareModel) compare.getProperties().get(CompareModel.class);
    }

    @SuppressWarnings("unchecked")
    static ComparisonExport capture(Stage compare) {
        return ((Supplier<ComparisonExport>) compare.getProperties().get(ComparisonExport.class)).get();
    }

    /**
     * Writes the captured comparison, asking first if it would replace another file. It reports as the
     * main window's exports do (its status bar says what was written, or that it failed), and here too.
     */
    static void exportTo(Window window, Session session, Texts t, ComparisonExport picture, Path file, ExportFormat picked,
                         Label exported) {
        ExportModel exports = session.export();
        if (!ReplaceQuestion.allowed(window, t, file, exports.pictureDestination(file, picked))) {
            return;
        }
        Optional<String> failure = exports.export(picture, file, picked);
        // Said again for a second export to the same name: a text set again changes nothing.
        exported.setText("");
        exported.setText(failure.isPresent() ? "" : exports.noticeProperty().get());
        failure.ifPresent(message -> ExportAction.failed(window, t, message));
    }

    /** The comparison open over this window, if one is showing. */
    static Optional<Stage> openOver(Window owner) {
        return owner.getProperties().get(OPEN) instanceof Stage open && open.isShowing()
                ? Optional.of(open) : Optional.empty();
    }

    /**
     * A program's row of the table: its total, reason and results are shown once it has ended, with
     * "…" in the total's place until then. The hidden cells keep their room, so the table does not
     * move as it fills in.
     */
    private record RowCells(Mode mode, Label waiting, List<Label> figures) {
        void reveal(CompareModel model) {
            boolean ended = model.finished(mode);
            waiting.setVisible(!ended);
            figures.forEach(label -> label.setVisible(ended));
        }
    }

    /**
     * Makes the title's type smaller, down to {@link #TITLE_SMALLEST} of the style sheet's, where that
     * keeps it on one line: on two (Indonesian's is longer) it took the legend's room, which went to keep
     * the programs' rows, and the class saw their colours with no key. Still too long, it wraps.
     */
    private static void fitOnOneLine(Label title) {
        // The style sheet's type, read while no size of the title's own is set.
        Font[] natural = {null};
        InvalidationListener fit = observable -> {
            if (title.getStyle().isEmpty()) {
                natural[0] = title.getFont();
            }
            double width = title.getWidth() - title.snappedLeftInset() - title.snappedRightInset();
            if (width <= 0 || natural[0] == null) {
                return;
            }
            String wanted = "";
            double needed = TextWidth.of(natural[0], title.getText());
            if (needed > width) {
                double size = Math.max(natural[0].getSize() * TITLE_SMALLEST,
                        Math.floor(natural[0].getSize() * width / needed * 2) / 2);
                wanted = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size);
            }
            if (!wanted.equals(title.getStyle())) {
                title.setStyle(wanted);
            }
        };
        title.widthProperty().addListener(fit);
    }

    /** {@code zoom}: how much larger the window presents on this screen, which widens the columns as the type. */
    private static GridPane table(CompareModel model, Texts t, List<RowCells> rows, double zoom) {
        GridPane table = new GridPane();
        table.setId("compare-table");
        table.getStyleClass().add("compare-table");
        String[] headings = {t.format("compare.program"), t.format("compare.total"), t.format("compare.why"),
            t.format("panel.results")};
        for (int c = 0; c < headings.length; c++) {
            Label heading = new Label(headings[c]);
            heading.getStyleClass().add("compare-heading");
            if (c < 2) {
                whole(heading);
            }
            if (c == 3) {
                // results is the Go program's slice: its name in the code's type, not a heading's capital.
                heading.getStyleClass().add("compare-heading-code");
            }
            table.add(heading, c, 0);
        }
        // The programs' names and their totals are what the table is for: they keep their width, the
        // reasons wrap, and the results are whole (a long slice is shortened to its ends and its length).
        for (int c = 0; c < headings.length; c++) {
            ColumnConstraints column = new ColumnConstraints();
            if (c < 2) {
                column.setMinWidth(Region.USE_PREF_SIZE);
            } else if (c == 2) {
                column.setMinWidth(WHY_WIDTH * zoom);
                column.setHgrow(Priority.ALWAYS);
            } else {
                column.setMinWidth(RESULTS_LEAST * zoom);
                column.setMaxWidth(RESULTS_MOST * zoom);
                column.setHgrow(Priority.SOMETIMES);
            }
            table.getColumnConstraints().add(column);
        }
        int r = 1;
        for (Comparison.Row row : model.comparison().rows(t)) {
            table.add(whole(cell(t.format("mode." + row.mode().id()), "compare-mode")), 0, r);
            Label waiting = whole(cell(t.format("compare.running"), "compare-waiting"));
            Label total = whole(cell(row.total(), "compare-total"));
            StackPane totalCell = new StackPane(waiting, total);
            totalCell.setAlignment(Pos.CENTER_LEFT);
            table.add(totalCell, 1, r);
            Label why = cell(Texts.unitsKeptWithNumbers(row.why()), "compare-why");
            why.setWrapText(true);
            table.add(why, 2, r);
            Label results = cell(row.results(), "code");
            results.setWrapText(true);
            table.add(results, 3, r);
            rows.add(new RowCells(row.mode(), waiting, List.of(total, why, results)));
            r++;
        }
        return table;
    }

    private static Label whole(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }
}
